namespace MemberCard.Infrastructure.Jobs;

using MemberCard.Application.FollowUps.SendFollowUpMessages;
using MemberCard.Application.Jobs.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// Runs the follow-up message job every few minutes, because the daily schedule is far too coarse for a
/// thank-you due three minutes after a purchase. It takes the job's lock like any run (skipping when another
/// instance holds it) but records no run: one row a minute would bury the daily runs HQ looks at.
/// </summary>
internal sealed partial class FollowUpMessagePump(
    IOptions<JobOptions> options, IEnumerable<IScheduledJob> jobs, JobLocks locks, BusinessClock businessClock, TimeProvider clock,
    ILogger<FollowUpMessagePump> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var job = jobs.SingleOrDefault(j => j.Name == FollowUpMessagesJob.JobName);
        if (!settings.Enabled || job is null)
        {
            return;
        }

        try
        {
            await Task.Delay(settings.StartDelay, clock, stoppingToken);
            using var timer = new PeriodicTimer(settings.FollowUpMessagesInterval, clock);
            do
            {
                await RunOnceAsync(job, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunOnceAsync(IScheduledJob job, CancellationToken cancellationToken)
    {
        try
        {
            await using var held = await locks.TryAcquireAsync(job.Name, cancellationToken);
            if (held is null)
            {
                return;
            }

            var (today, _) = await businessClock.NowAsync(cancellationToken);
            var tally = await job.RunAsync(today, cancellationToken);
            if (tally.Processed > 0)
            {
                LogSent(logger, tally.Processed);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Follow-up messages: {Count} sent")]
    private static partial void LogSent(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Follow-up messages failed; the pump tries again at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
