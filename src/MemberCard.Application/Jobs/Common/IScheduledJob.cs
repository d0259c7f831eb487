namespace MemberCard.Application.Jobs.Common;

/// <summary>
/// A job that works through the chain for one business date. Running it again for the same date changes
/// nothing more, so a retry, a second instance or a manual re-run is harmless.
/// </summary>
public interface IScheduledJob
{
    /// <summary>The job's stable name: in the HQ route, in <c>job_runs</c> and in its advisory-lock key.</summary>
    string Name { get; }

    /// <summary>Whether the schedule runs the job on this business date.</summary>
    bool IsDueOn(DateOnly businessDate);

    Task<JobTally> RunAsync(DateOnly asOf, CancellationToken cancellationToken);
}
