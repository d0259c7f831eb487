namespace MemberCard.Domain.Kpis;

using MemberCard.Domain.Branches;

/// <summary>
/// One branch's counters for one calendar month: the same as <see cref="BranchDailyStats"/> summed over the
/// month's days, plus the month's net points change, so a month's KPIs read one row per branch and a 12-month
/// trend twelve. Written only by the rollup fold and its rebuild; read by the KPI queries.
/// </summary>
public sealed class BranchMonthlyStats
{
    private BranchMonthlyStats()
    {
    }

    public BranchId BranchId { get; private set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; private set; }

    /// <summary>First cards issued by the branch (replacements after a loss are not new cards).</summary>
    public int NewCards { get; private set; }

    /// <summary>Of the new cards, those activated within the same calendar month.</summary>
    public int NewCardsActivated { get; private set; }

    /// <summary>Distinct members who bought at this branch in the month.</summary>
    public int ActiveMembers { get; private set; }

    public int Purchases { get; private set; }

    /// <summary>Net amount (after discounts) of the purchases committed in the month.</summary>
    public decimal PurchaseAmount { get; private set; }

    public int Returns { get; private set; }

    /// <summary>Value of the goods returned in the month, whenever they were bought.</summary>
    public decimal ReturnedAmount { get; private set; }

    /// <summary>Gift redemptions and till payments with points (ledger entries), for the branch's own members.</summary>
    public int Redemptions { get; private set; }

    public long PointsEarned { get; private set; }

    /// <summary>Earned points taken back after returns (a positive number).</summary>
    public long PointsReversed { get; private set; }

    public long PointsGifted { get; private set; }

    /// <summary>Head-office corrections, signed.</summary>
    public long PointsAdjusted { get; private set; }

    /// <summary>Points spent on gifts (a positive number).</summary>
    public long PointsRedeemed { get; private set; }

    /// <summary>Points used as payment at the till (a positive number).</summary>
    public long PointsPaid { get; private set; }

    /// <summary>Points that paid for returned goods, given back.</summary>
    public long PointsRefunded { get; private set; }

    /// <summary>Points cleared by expiry (a positive number).</summary>
    public long PointsExpired { get; private set; }

    /// <summary>Net change of the points held by the branch's members (as <see cref="BranchMonthlyPoints.NetPoints"/>).</summary>
    public long NetPoints { get; private set; }
}
