namespace MemberCard.Application.Kpis.Common;

using MemberCard.Domain.Branches;

/// <summary>
/// Complaints and campaign KPIs, which come from the member-service features rather than the rollups
/// (implemented over the period's complaints and the approved campaign plans that ended in it; definitions in
/// docs/kpis.md). A branch absent from the answer gets nulls, which drop out of the score.
/// </summary>
public interface IKpiServiceFigures
{
    Task<IReadOnlyDictionary<BranchId, ServiceFigures>> ForPeriodAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
