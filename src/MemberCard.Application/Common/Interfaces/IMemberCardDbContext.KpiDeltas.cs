namespace MemberCard.Application.Common.Interfaces;

using MemberCard.Domain.Kpis;

public partial interface IMemberCardDbContext
{
    /// <summary>
    /// branch_monthly_stats with the saves not folded into it yet (see <c>IKpiDeltaFolder</c>): what KPI reads
    /// sum. Same rows to sum as the table, same query filter; read it in one statement, which sees every delta
    /// exactly once, pending or folded.
    /// </summary>
    IQueryable<BranchMonthlyStats> LiveBranchMonthlyStats { get; }

    /// <summary>
    /// Per branch, the points its members held at the end of <paramref name="month"/> (first day of a month) as
    /// <see cref="BranchMonthlyPoints.ClosingPoints"/> and that month's change as <see cref="BranchMonthlyPoints.NetPoints"/>,
    /// folded rows and pending deltas together, one row per branch: a read that does not grow with the history.
    /// </summary>
    IQueryable<BranchMonthlyPoints> LiveBranchPointsAt(DateOnly month);
}
