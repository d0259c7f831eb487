namespace MemberCard.Application.Jobs.Common;

/// <summary>
/// Runs a job by name for a business date under the job's cluster-wide lock and records the run. Not a
/// command: a run is many short transactions, never one long one.
/// </summary>
public interface IJobRunner
{
    IReadOnlyList<string> JobNames { get; }

    /// <param name="asOf">The business date; null means today's. A date after today is refused.</param>
    Task<JobRunResult> RunAsync(string name, DateOnly? asOf, string trigger, CancellationToken cancellationToken);
}
