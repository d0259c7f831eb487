namespace MemberCard.Application.Jobs.ReviewTier;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Jobs.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The periodic downgrade review of every member above the lowest tier.</summary>
public sealed class TierReviewJob(IJobCandidates candidates, MemberSweep sweep, SystemScopes scopes, TimeProvider clock) : IScheduledJob
{
    public const string JobName = "tier-review";

    public string Name => JobName;

    /// <summary>Monthly, on the 1st: a daily review would drop a member far below their tier one tier a night.</summary>
    public bool IsDueOn(DateOnly businessDate) => businessDate.Day == 1;

    public async Task<JobTally> RunAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        // The runner records the run before starting it, so the earliest run for the date is at hand.
        var openedAt = await scopes.RunAsync(services => services.GetRequiredService<IMemberCardDbContext>().JobRuns
            .Where(r => r.Name == JobName && r.AsOf == asOf)
            .MinAsync(r => (DateTimeOffset?)r.StartedAt, cancellationToken)) ?? clock.GetUtcNow();
        return await sweep.RunAsync(
            Name,
            candidates.AboveLowestTierAsync,
            memberId => new ReviewTierCommand(memberId.Value, asOf, openedAt),
            cancellationToken);
    }
}
