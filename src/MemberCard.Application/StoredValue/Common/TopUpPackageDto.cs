namespace MemberCard.Application.StoredValue.Common;

using MemberCard.Application.Common.Models;
using MemberCard.Domain.StoredValue;

public sealed record TopUpPackageDto(Guid Id, string Name, decimal Pay, decimal Bonus, decimal Credit, bool Active)
{
    public static TopUpPackageDto From(TopUpPackage p) => new(p.Id, p.Name, Yuan.Of(p.Pay), Yuan.Of(p.Bonus), Yuan.Of(p.Pay + p.Bonus), p.Active);
}
