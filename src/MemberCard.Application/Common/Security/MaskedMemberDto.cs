namespace MemberCard.Application.Common.Security;

using MemberCard.Domain.Members;

/// <summary>Who a list row is about, masked as every list is; the member detail route has the rest.</summary>
public sealed record MaskedMemberDto(Guid Id, string MaskedName, string MaskedPhone, string MaskedBirthDate, string Tier)
{
    public static MaskedMemberDto From(MemberId id, string name, PhoneNumber phone, DateOnly birthDate, Domain.Programme.Tier tier) =>
        new(id.Value, Pii.MaskName(name), Pii.MaskPhone(phone), Pii.MaskBirthDate(birthDate), tier.ToString());
}
