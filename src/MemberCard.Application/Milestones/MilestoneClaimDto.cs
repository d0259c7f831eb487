namespace MemberCard.Application.Milestones;

using MemberCard.Application.Common.Models;
using MemberCard.Domain.Milestones;

public sealed record MilestoneClaimDto(
    Guid Id, Guid MemberId, DateOnly CardYearStart, long MilestonePoints, long PointsEarned, decimal GiftValue,
    DateOnly EligibleOn, DateOnly LapsesOn, string Status, DateTimeOffset? ClaimedAt, Guid? ClaimedAtBranchId)
{
    public static MilestoneClaimDto From(MilestoneClaim c) => new(
        c.Id, c.MemberId.Value, c.CardYearStart, c.MilestonePoints, c.PointsEarned, Yuan.Of(c.GiftValue),
        c.EligibleOn, c.LapsesOn, c.Status.ToString(), c.ClaimedAt, c.ClaimedAtBranchId);
}
