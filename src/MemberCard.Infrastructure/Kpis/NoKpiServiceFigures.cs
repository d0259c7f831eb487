namespace MemberCard.Infrastructure.Kpis;

using MemberCard.Application.Kpis.Common;
using MemberCard.Domain.Branches;

/// <summary>
/// Stands in until complaints and campaign results exist: every service KPI is null.
/// TODO(integration): replace with an implementation over the complaints and campaign tables (see IKpiServiceFigures).
/// </summary>
internal sealed class NoKpiServiceFigures : IKpiServiceFigures
{
    private static readonly IReadOnlyDictionary<BranchId, ServiceFigures> Nothing = new Dictionary<BranchId, ServiceFigures>();

    public Task<IReadOnlyDictionary<BranchId, ServiceFigures>> ForPeriodAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        Task.FromResult(Nothing);
}
