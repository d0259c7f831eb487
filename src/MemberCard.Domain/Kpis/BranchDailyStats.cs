namespace MemberCard.Domain.Kpis;

using MemberCard.Domain.Branches;

/// <summary>
/// One branch's counters for one business date, kept up to date in the same transaction as the change they
/// count, so a month's KPIs read about thirty rows per branch instead of the transactions themselves.
/// Written only by the rollup writer (increments) and its rebuild; read by the KPI queries.
/// </summary>
public sealed class BranchDailyStats
{
    private BranchDailyStats()
    {
    }

    public BranchId BranchId { get; private set; }

    public DateOnly BusinessDate { get; private set; }

    /// <summary>First cards issued by the branch (replacements after a loss are not new cards).</summary>
    public int NewCards { get; private set; }

    /// <summary>Of the new cards issued on this date, those activated within the same calendar month.</summary>
    public int NewCardsActivated { get; private set; }

    /// <summary>Members whose first purchase of the month at this branch fell on this date.</summary>
    public int ActiveMembers { get; private set; }

    public int Purchases { get; private set; }

    /// <summary>Net amount (after discounts) of the purchases committed on this date.</summary>
    public decimal PurchaseAmount { get; private set; }

    public int Returns { get; private set; }

    /// <summary>Value of the goods returned on this date, whenever they were bought.</summary>
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
}
