namespace MemberCard.Application.Kpis.Common;

using MemberCard.Domain.Branches;

/// <summary>
/// Complaints and campaign KPIs, which come from features built beside the KPIs. Until they are wired the
/// registered implementation returns nothing and those columns are null (and drop out of the score).
/// TODO(integration): implement over the complaints table (count by branch and month, median time from
/// received to answered in hours, average satisfaction 1–5) and the campaigns' results (participants, spend
/// uplift vs the same period before), and register it in place of the empty one in KpiRegistration.
/// </summary>
public interface IKpiServiceFigures
{
    Task<IReadOnlyDictionary<BranchId, ServiceFigures>> ForPeriodAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
