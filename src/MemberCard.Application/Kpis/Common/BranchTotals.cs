namespace MemberCard.Application.Kpis.Common;

using MemberCard.Domain.Branches;

/// <summary>A branch's rollups summed over a period.</summary>
public sealed record BranchTotals(
    BranchId BranchId,
    int NewCards,
    int NewCardsActivated,
    int ActiveMembers,
    int Purchases,
    decimal PurchaseAmount,
    decimal ReturnedAmount,
    int Redemptions,
    long PointsEarned,
    long PointsReversed,
    long PointsGifted,
    long PointsAdjusted,
    long PointsRedeemed,
    long PointsPaid,
    long PointsRefunded,
    long PointsExpired,
    long NetPoints)
{
    public static BranchTotals Empty(BranchId branchId) => new(branchId, 0, 0, 0, 0, 0m, 0m, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Points credited net of the earnings taken back after returns.</summary>
    public long PointsIssued => PointsEarned - PointsReversed + PointsGifted;

    /// <summary>Points spent on gifts and at the till, net of those given back after returns.</summary>
    public long PointsRedeemedNet => PointsRedeemed + PointsPaid - PointsRefunded;
}
