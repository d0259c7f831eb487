namespace MemberCard.Application.FollowUps.StartCadence;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.FollowUps;
using MemberCard.Domain.Programme;
using MemberCard.Domain.Purchases;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Starts the follow-up cadence (offsets from the programme settings, by default 3-3-2-1-4-6-9) for the member's home branch when a purchase leaves the member Gold or
/// Diamond, in the purchase's own transaction. A cadence started within <see cref="FollowUpCadence.QuietPeriod"/>
/// covers the new purchase; otherwise the new purchase cancels what is still open of the old cadence and
/// starts a fresh one, so a member has at most one running cadence.
/// </summary>
public sealed class FollowUpCadenceHandler(IMemberCardDbContext db) : INotificationHandler<PurchaseCommitted>
{
    public async ValueTask Handle(PurchaseCommitted notification, CancellationToken cancellationToken)
    {
        if (notification.TierAfter < Tier.Gold)
        {
            return;
        }

        // The till may belong to another branch than the member's home, whose tasks these are: the member's
        // own tasks are read past the caller's branch filter, as the points desk reads the member.
        var open = await db.FollowUpTasks.IgnoreQueryFilters()
            .Where(t => t.MemberId == notification.MemberId && t.Status == FollowUpStatus.Open)
            .ToListAsync(cancellationToken);
        if (open.Any(t => t.CadenceStartedAt > notification.OccurredAt - FollowUpCadence.QuietPeriod))
        {
            return;
        }

        foreach (var task in open)
        {
            task.Cancel(notification.OccurredAt);
        }

        var programme = await db.Programme.AsNoTracking().SingleAsync(cancellationToken);
        db.FollowUpTasks.AddRange(FollowUpTask.StartCadence(
            notification.MemberHomeBranchId, notification.MemberId, notification.PurchaseId.Value, notification.OccurredAt, programme.BusinessTimeZone,
            programme.FollowUpCadence));
    }
}
