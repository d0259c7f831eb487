namespace MemberCard.Infrastructure.Kpis;

/// <summary>Increments to one branch_daily_stats row (columns as in <see cref="Domain.Kpis.BranchDailyStats"/>), and to its month's points.</summary>
internal sealed class DailyDelta
{
    public int NewCards { get; set; }

    public int NewCardsActivated { get; set; }

    public int Purchases { get; set; }

    public decimal PurchaseAmount { get; set; }

    public int Returns { get; set; }

    public decimal ReturnedAmount { get; set; }

    public int Redemptions { get; set; }

    public long PointsEarned { get; set; }

    public long PointsReversed { get; set; }

    public long PointsGifted { get; set; }

    public long PointsAdjusted { get; set; }

    public long PointsRedeemed { get; set; }

    public long PointsPaid { get; set; }

    public long PointsRefunded { get; set; }

    public long PointsExpired { get; set; }

    /// <summary>Net points change of the ledger entries counted here (for branch_monthly_points); null when there were none.</summary>
    public long? NetPoints { get; set; }
}
