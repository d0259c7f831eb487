namespace MemberCard.Infrastructure.Hosting;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>
/// Work every instance repeats on a timer (outbox dispatch, KPI delta fold). A failed round is logged and
/// retried at the next tick: the work waits in the database, and the database may be away for a while.
/// </summary>
internal abstract partial class PeriodicBackgroundService(ILogger logger) : BackgroundService
{
    /// <summary>Names the work and its switch in the logs, e.g. "Outbox dispatch (Outbox:Enabled)".</summary>
    protected abstract string Description { get; }

    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            LogDisabled(logger, Description);
            return;
        }

        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex, Description);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "{Work} is disabled")]
    private static partial void LogDisabled(ILogger logger, string work);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Work} failed; trying again at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception, string work);
}
