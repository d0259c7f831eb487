namespace MemberCard.Application.Jobs.ExpirePoints;

using MemberCard.Application.Jobs.Common;

/// <summary>Clears the lots whose expiry date has come, member by member, every day.</summary>
public sealed class PointsExpiryJob(IJobCandidates candidates, MemberSweep sweep) : IScheduledJob
{
    public const string JobName = "points-expiry";

    public string Name => JobName;

    public bool IsDueOn(DateOnly businessDate) => true;

    public Task<JobTally> RunAsync(DateOnly asOf, CancellationToken cancellationToken) =>
        sweep.RunAsync(
            Name,
            (after, take, ct) => candidates.WithExpiredLotsAsync(asOf, after, take, ct),
            memberId => new ExpirePointsCommand(memberId.Value, asOf),
            cancellationToken);
}
