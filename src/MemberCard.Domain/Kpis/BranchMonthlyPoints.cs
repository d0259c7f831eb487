namespace MemberCard.Domain.Kpis;

using MemberCard.Domain.Branches;

/// <summary>
/// Net change of the points held by a branch's members in one month. The outstanding liability at a month's
/// end is the sum of these up to that month: one row per branch and month, so it stays cheap as years pass.
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
}
