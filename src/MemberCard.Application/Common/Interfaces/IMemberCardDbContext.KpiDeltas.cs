namespace MemberCard.Application.Common.Interfaces;

using MemberCard.Domain.Kpis;

public partial interface IMemberCardDbContext
{
    /// <summary>
    /// branch_daily_stats with the saves not folded into it yet (see <c>IKpiDeltaFolder</c>): what KPI reads
    /// sum. Same rows to sum as the table, same query filter; read it in one statement, which sees every delta
    /// exactly once, pending or folded.
    /// </summary>
    IQueryable<BranchDailyStats> LiveBranchDailyStats { get; }

    /// <summary>branch_monthly_points with the saves not folded into it yet, like <see cref="LiveBranchDailyStats"/>.</summary>
    IQueryable<BranchMonthlyPoints> LiveBranchMonthlyPoints { get; }
}
