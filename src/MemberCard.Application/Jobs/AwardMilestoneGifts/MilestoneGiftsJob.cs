namespace MemberCard.Application.Jobs.AwardMilestoneGifts;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Jobs.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>Month-end milestone gifts: grants the claims members reached and lapses the ones not collected in time.</summary>
public sealed class MilestoneGiftsJob(IJobCandidates candidates, MemberSweep sweep, SystemScopes scopes) : IScheduledJob
{
    public const string JobName = "milestone-gifts";

    public string Name => JobName;

    /// <summary>Month end: the last day of the month.</summary>
    public bool IsDueOn(DateOnly businessDate) => businessDate.AddDays(1).Day == 1;

    public async Task<JobTally> RunAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var lowestMilestone = await scopes.RunAsync(async services =>
        {
            var programme = await services.GetRequiredService<IMemberCardDbContext>().Programme.AsNoTracking().SingleAsync(cancellationToken);
            return programme.Milestones.Count == 0 ? long.MaxValue : programme.Milestones.Min(m => m.Points);
        });
        return await sweep.RunAsync(
            Name,
            (after, take, ct) => candidates.ForMilestonesAsync(asOf, lowestMilestone, after, take, ct),
            memberId => new AwardMilestoneGiftsCommand(memberId.Value, asOf),
            cancellationToken);
    }
}
