namespace MemberCard.Infrastructure.Kpis;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>Every instance runs one; the fold's advisory lock lets one of them fold at a time.</summary>
internal sealed partial class KpiDeltaFoldService(
    KpiDeltaFolder folder, IOptions<KpiDeltaFoldOptions> options, ILogger<KpiDeltaFoldService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval);
        do
        {
            try
            {
                await folder.TryFoldAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The deltas wait in their table and the KPIs count them meanwhile: try again at the next tick.
                LogFailed(logger, ex);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The KPI delta fold is disabled (Kpis:DeltaFold:Enabled=false)")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Folding the KPI deltas failed; trying again at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
