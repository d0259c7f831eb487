namespace MemberCard.Application.FollowUps.SendFollowUpMessages;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Jobs.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Sends the follow-up messages that are due: for today, everything due by now; for an earlier business date,
/// everything due by that day's end. A thank-you is due three minutes after a purchase, so the daily schedule
/// leaves this job to the follow-up message pump, which runs it every minute; HQ can still run it by hand.
/// Sent tasks are done, so a re-run sends nothing twice.
/// </summary>
public sealed class FollowUpMessagesJob(SystemScopes scopes, TimeProvider clock) : IScheduledJob
{
    public const string JobName = "follow-up-messages";
    public const int BatchSize = 200;

    public string Name => JobName;

    public bool IsDueOn(DateOnly businessDate) => false;

    public async Task<JobTally> RunAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var dueBy = await DueByAsync(asOf, cancellationToken);
        var sent = 0;
        while (true)
        {
            var batch = await scopes.RunAsync(async services =>
                await services.GetRequiredService<ISender>().Send(new SendFollowUpMessagesCommand(dueBy, BatchSize), cancellationToken));
            sent += batch;
            if (batch < BatchSize)
            {
                return new JobTally(sent, 0);
            }
        }
    }

    private Task<DateTimeOffset> DueByAsync(DateOnly asOf, CancellationToken cancellationToken) =>
        scopes.RunAsync(async services =>
        {
            var timeZone = (await services.GetRequiredService<IMemberCardDbContext>().Programme.AsNoTracking().SingleAsync(cancellationToken)).BusinessTimeZone;
            var nextDay = asOf.AddDays(1).ToDateTime(TimeOnly.MinValue);
            var endOfDay = new DateTimeOffset(nextDay, timeZone.GetUtcOffset(nextDay)).ToUniversalTime().AddTicks(-1);
            var now = clock.GetUtcNow();
            return endOfDay < now ? endOfDay : now;
        });
}
