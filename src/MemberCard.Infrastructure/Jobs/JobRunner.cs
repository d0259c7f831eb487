namespace MemberCard.Infrastructure.Jobs;

using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Jobs.Common;
using MemberCard.Domain.Jobs;
using MemberCard.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// Runs a job under its advisory lock (skipped, not queued, when another run holds it), records the run in
/// <c>job_runs</c>, and refuses dates after today: expiring, downgrading or lapsing ahead of time would take
/// from members what is still theirs.
/// </summary>
internal sealed partial class JobRunner(
    IEnumerable<IScheduledJob> jobs, JobLocks locks, BusinessClock businessClock, SystemScopes scopes, TimeProvider clock, ILogger<JobRunner> logger)
    : IJobRunner
{
    private static readonly DateOnly EarliestAsOf = new(2000, 1, 1);

    private readonly IReadOnlyDictionary<string, IScheduledJob> _jobs = jobs.ToDictionary(j => j.Name, StringComparer.Ordinal);

    public IReadOnlyList<string> JobNames => [.. _jobs.Keys.Order(StringComparer.Ordinal)];

    public async Task<JobRunResult> RunAsync(string name, DateOnly? asOf, string trigger, CancellationToken cancellationToken)
    {
        if (!_jobs.TryGetValue(name, out var job))
        {
            throw new NotFoundException("job.not_found", $"There is no job named '{name}'; the jobs are {string.Join(", ", JobNames)}.");
        }

        var (today, _) = await businessClock.NowAsync(cancellationToken);
        var date = asOf ?? today;
        if (date > today)
        {
            throw new InvalidInputException("asOf", "job.as_of_in_future", $"A job runs for today ({today:yyyy-MM-dd}) or an earlier business date.");
        }

        if (date < EarliestAsOf)
        {
            throw new InvalidInputException("asOf", "job.as_of_out_of_range", $"The business date must be on or after {EarliestAsOf:yyyy-MM-dd}.");
        }

        var attemptedAt = clock.GetUtcNow();
        await using var held = await locks.TryAcquireAsync(job.Name, cancellationToken);
        if (held is null)
        {
            LogSkipped(logger, job.Name, date, JobSkipReasons.AlreadyRunning);
            return Skipped(job, date, JobSkipReasons.AlreadyRunning, attemptedAt);
        }

        if (trigger == JobTriggers.Schedule && await CompletedByScheduleAsync(job.Name, date, cancellationToken))
        {
            return Skipped(job, date, JobSkipReasons.AlreadyDone, attemptedAt);
        }

        var startedAt = clock.GetUtcNow();
        var runId = await SaveRunAsync(db =>
        {
            var run = JobRun.Start(job.Name, date, trigger, startedAt);
            db.JobRuns.Add(run);
            return Task.FromResult(run);
        }, cancellationToken);
        LogStarted(logger, job.Name, date, trigger, runId);

        var tally = await job.RunAsync(date, cancellationToken);

        var finishedAt = clock.GetUtcNow();
        await SaveRunAsync(async db =>
        {
            var run = await db.JobRuns.SingleAsync(r => r.Id == runId, cancellationToken);
            run.Finish(tally.Processed, finishedAt);
            return run;
        }, cancellationToken);
        LogFinished(logger, job.Name, date, runId, tally.Processed, tally.Failed);
        return new JobRunResult(job.Name, date, tally.Processed, tally.Failed, Skipped: false, SkipReason: null, startedAt, finishedAt);
    }

    private JobRunResult Skipped(IScheduledJob job, DateOnly date, string reason, DateTimeOffset attemptedAt) =>
        new(job.Name, date, Processed: 0, Failed: 0, Skipped: true, reason, attemptedAt, clock.GetUtcNow());

    /// <summary>Another instance's schedule may have finished the day's run already (checked under the lock).</summary>
    private Task<bool> CompletedByScheduleAsync(string name, DateOnly date, CancellationToken cancellationToken) =>
        scopes.RunAsync(services => services.GetRequiredService<MemberCardDbContext>().JobRuns
            .AnyAsync(r => r.Name == name && r.AsOf == date && r.Trigger == JobTriggers.Schedule && r.FinishedAt != null, cancellationToken));

    private Task<long> SaveRunAsync(Func<MemberCardDbContext, Task<JobRun>> change, CancellationToken cancellationToken) =>
        scopes.RunAsync(async services =>
        {
            var db = services.GetRequiredService<MemberCardDbContext>();
            var run = await change(db);
            await db.SaveChangesAsync(cancellationToken);
            return run.Id;
        });

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} for {AsOf} skipped: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string job, DateOnly asOf, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} for {AsOf} started ({Trigger}), run {RunId}")]
    private static partial void LogStarted(ILogger logger, string job, DateOnly asOf, string trigger, long runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} for {AsOf} finished, run {RunId}: {Processed} processed, {Failed} members failed")]
    private static partial void LogFinished(ILogger logger, string job, DateOnly asOf, long runId, int processed, int failed);
}
