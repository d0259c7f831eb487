namespace MemberCard.Infrastructure.Kpis;

/// <summary>
/// What one save adds to one branch-day of the rollups, appended in the save's own batch (an insert, no lock
/// on a shared row) and folded into <c>branch_daily_stats</c>, <c>branch_monthly_stats</c>,
/// <c>branch_monthly_points</c> and <c>member_branch_month_activity</c> later by <see cref="KpiDeltaFolder"/>. Until then the KPI reads add
/// the unfolded rows themselves (<see cref="KpiDeltaSql"/>), so a commit counts as soon as it is committed.
/// </summary>
internal sealed class KpiDelta
{
    private KpiDelta()
    {
    }

    public Guid Id { get; private set; }

    public Guid BranchId { get; private set; }

    public DateOnly BusinessDate { get; private set; }

    /// <summary>
    /// A member who bought at this branch on this date: active for the month unless already counted
    /// (decided when folded, against <c>member_branch_month_activity</c>).
    /// </summary>
    public Guid? MemberId { get; private set; }

    public int NewCards { get; private set; }

    public int NewCardsActivated { get; private set; }

    public int Purchases { get; private set; }

    public decimal PurchaseAmount { get; private set; }

    public int Returns { get; private set; }

    public decimal ReturnedAmount { get; private set; }

    public int Redemptions { get; private set; }

    public long PointsEarned { get; private set; }

    public long PointsReversed { get; private set; }

    public long PointsGifted { get; private set; }

    public long PointsAdjusted { get; private set; }

    public long PointsRedeemed { get; private set; }

    public long PointsPaid { get; private set; }

    public long PointsRefunded { get; private set; }

    public long PointsExpired { get; private set; }

    /// <summary>The net points change for the branch's month; null when the save wrote no ledger entry for it.</summary>
    public long? NetPoints { get; private set; }

    public static KpiDelta Of(Guid branchId, DateOnly businessDate, DailyDelta? daily, long? netPoints, Guid? memberId) => new()
    {
        Id = Guid.CreateVersion7(),
        BranchId = branchId,
        BusinessDate = businessDate,
        MemberId = memberId,
        NewCards = daily?.NewCards ?? 0,
        NewCardsActivated = daily?.NewCardsActivated ?? 0,
        Purchases = daily?.Purchases ?? 0,
        PurchaseAmount = daily?.PurchaseAmount ?? 0m,
        Returns = daily?.Returns ?? 0,
        ReturnedAmount = daily?.ReturnedAmount ?? 0m,
        Redemptions = daily?.Redemptions ?? 0,
        PointsEarned = daily?.PointsEarned ?? 0,
        PointsReversed = daily?.PointsReversed ?? 0,
        PointsGifted = daily?.PointsGifted ?? 0,
        PointsAdjusted = daily?.PointsAdjusted ?? 0,
        PointsRedeemed = daily?.PointsRedeemed ?? 0,
        PointsPaid = daily?.PointsPaid ?? 0,
        PointsRefunded = daily?.PointsRefunded ?? 0,
        PointsExpired = daily?.PointsExpired ?? 0,
        NetPoints = netPoints,
    };
}
