namespace MemberCard.Infrastructure.Kpis;

using MemberCard.Infrastructure.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// Every instance runs one; the fold's advisory lock lets one of them fold at a time. Until a fold succeeds the
/// deltas wait in their table and the KPIs count them meanwhile.
/// </summary>
internal sealed class KpiDeltaFoldService(KpiDeltaFolder folder, IOptions<KpiDeltaFoldOptions> options, ILogger<KpiDeltaFoldService> logger)
    : PeriodicBackgroundService(logger)
{
    protected override string Description => "The KPI delta fold (Kpis:DeltaFold:Enabled)";

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => folder.TryFoldAsync(cancellationToken);
}
