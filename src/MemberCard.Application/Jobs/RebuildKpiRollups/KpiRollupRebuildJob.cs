namespace MemberCard.Application.Jobs.RebuildKpiRollups;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Jobs.Common;
using MemberCard.Application.Kpis.Common;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Recomputes the KPI rollups from the source tables for every month from the month of <c>asOf</c> up to the
/// current one, each month in a transaction of its own. The rollups are kept with every save, so this is the
/// repair path (after a bulk load, a fix to a definition) and the check that they agree; never scheduled.
/// </summary>
public sealed class KpiRollupRebuildJob(SystemScopes scopes, TimeProvider clock) : IScheduledJob
{
    public const string JobName = "kpi-rollup-rebuild";

    public string Name => JobName;

    public bool IsDueOn(DateOnly businessDate) => false;

    public async Task<JobTally> RunAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var today = await scopes.RunAsync(services =>
            KpiBoard.TodayAsync(services.GetRequiredService<IMemberCardDbContext>(), clock.GetUtcNow(), cancellationToken));
        var rows = 0;
        for (var month = KpiMonth.Of(asOf); month.First <= today; month = month.Plus(1))
        {
            var current = month;
            rows += await scopes.RunAsync(services => services.GetRequiredService<IKpiRollups>().RebuildMonthAsync(current, cancellationToken));
        }

        return new JobTally(rows, Failed: 0);
    }
}
