namespace MemberCard.Domain.Kpis;

using MemberCard.Domain.Branches;

/// <summary>
/// Net change of the points held by a branch's members in one month, and the running balance after it, so the
/// outstanding liability at a month's end is one row to read however many years of history lie before it.
/// </summary>
public sealed class BranchMonthlyPoints
{
    private BranchMonthlyPoints()
    {
    }

    public BranchId BranchId { get; private set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; private set; }

    public long NetPoints { get; private set; }

    /// <summary>
    /// Points held by the branch's members at the month's end: the net points of this month and every month
    /// before it. A branch without a row for a month holds what its latest earlier row says.
    /// </summary>
    public long ClosingPoints { get; private set; }
}
