namespace MemberCard.Infrastructure.Jobs;

using MemberCard.Application.Jobs.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// Runs each job once per business day, after the configured local time, on the days the job is due. Every
/// instance of the API runs a scheduler; the job lock and the "already done today" check under it make one of
/// them do the work. Business dates only move forward here, so a clock stepping back never re-runs a day.
/// </summary>
internal sealed partial class JobScheduler(
    IOptions<JobOptions> options, IJobRunner runner, IEnumerable<IScheduledJob> jobs, BusinessClock businessClock, TimeProvider clock,
    ILogger<JobScheduler> logger)
    : BackgroundService
{
    private readonly Dictionary<string, DateOnly> _doneUpTo = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        try
        {
            await Task.Delay(settings.StartDelay, clock, stoppingToken);
            using var timer = new PeriodicTimer(settings.PollInterval, clock);
            do
            {
                await RunDueJobsAsync(settings.RunAtLocalTime, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunDueJobsAsync(TimeOnly runAt, CancellationToken cancellationToken)
    {
        DateOnly today;
        try
        {
            (today, var timeOfDay) = await businessClock.NowAsync(cancellationToken);
            if (timeOfDay < runAt)
            {
                return;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, "(schedule)");
            return;
        }

        foreach (var job in jobs.Where(j => j.IsDueOn(today)))
        {
            if (_doneUpTo.TryGetValue(job.Name, out var done) && done >= today)
            {
                continue;
            }

            try
            {
                var result = await runner.RunAsync(job.Name, today, JobTriggers.Schedule, cancellationToken);
                if (!result.Skipped || result.SkipReason == JobSkipReasons.AlreadyDone)
                {
                    _doneUpTo[job.Name] = today;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex, job.Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled jobs are disabled (Jobs:Enabled=false)")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {Job} failed; the scheduler tries again at the next poll")]
    private static partial void LogFailed(ILogger logger, Exception exception, string job);
}
