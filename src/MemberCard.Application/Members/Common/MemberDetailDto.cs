namespace MemberCard.Application.Members.Common;

using MemberCard.Application.Cards.Common;
using MemberCard.Domain.Members;

/// <summary>Everything about a member, for the member themself and for their home branch.</summary>
public sealed record MemberDetailDto(
    Guid Id,
    Guid HomeBranchId,
    string Name,
    string Gender,
    DateOnly BirthDate,
    string Phone,
    bool PhoneVerified,
    string? PendingPhone,
    string? Address,
    string? Email,
    string Status,
    string Tier,
    long PointsBalance,
    string Channel,
    DateTimeOffset JoinedAt,
    bool HasWeChat,
    CardDto? CurrentCard,
    IReadOnlyList<CardDto> Cards)
{
    public static MemberDetailDto From(Member member) => new(
        member.Id.Value,
        member.HomeBranchId.Value,
        member.Name,
        member.Gender.ToString(),
        member.BirthDate,
        member.Phone.Value,
        member.PhoneVerified,
        member.PendingPhone?.Value,
        member.Address,
        member.Email,
        member.Status.ToString(),
        member.Tier.ToString(),
        member.PointsBalance,
        member.Channel.ToString(),
        member.JoinedAt,
        member.MiniProgramOpenId is not null,
        member.Cards.Where(c => c.IsCurrent).Select(c => CardDto.From(member, c)).SingleOrDefault(),
        member.Cards.OrderBy(c => c.IssuedAt).Select(c => CardDto.From(member, c)).ToList());
}
