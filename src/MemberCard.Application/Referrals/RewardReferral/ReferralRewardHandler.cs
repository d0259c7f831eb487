namespace MemberCard.Application.Referrals.RewardReferral;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Points;
using MemberCard.Application.Referrals.Common;
using MemberCard.Domain.Points;
using MemberCard.Domain.Purchases;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Rewards a pending referral when the new member's first qualifying purchase commits, in the purchase's own
/// transaction. The till has locked and loaded the new member already: the pending referral is read off that
/// tracked row, so a commit by a member without one sends no statement at all. The referrer is locked after
/// the new member, the order every referral path keeps (see ADR 0016).
/// </summary>
public sealed class ReferralRewardHandler(IMemberCardDbContext db, PointsDesk desk) : INotificationHandler<PurchaseCommitted>
{
    public async ValueTask Handle(PurchaseCommitted notification, CancellationToken cancellationToken)
    {
        var referee = db.Members.Local.FirstOrDefault(m => m.Id == notification.MemberId);
        if (referee?.PendingReferralId is not { } referralId)
        {
            return;
        }

        var purchase = db.Purchases.Local.FirstOrDefault(p => p.Id == notification.PurchaseId);
        if (purchase is null || !ReferralRules.Qualifies(purchase))
        {
            return;
        }

        var referral = await db.Referrals.IgnoreQueryFilters().SingleAsync(r => r.Id == referralId, cancellationToken);
        var settings = await ReferralDesk.SettingsAsync(db, cancellationToken);
        var programme = await desk.Programme.SettingsAsync(cancellationToken);
        var (referrer, referrerWallet) = await desk.OpenWalletAsync(referral.ReferrerId, cancellationToken);

        // The till's wallet is its own; the new member's open lots, the ones it just added among them, are tracked.
        var refereeWallet = new PointsWallet(referee, db.PointsLots.Local.Where(l => l.MemberId == referee.Id));
        var context = new PointsContext(notification.OccurredAt, purchase.BusinessDate, notification.BranchId.Value);
        referral.Reward(referrer, referrerWallet, referee, refereeWallet, purchase.Id.Value, settings,
            purchase.BusinessDate.AddMonths(programme.PointsExpiryMonths), context);
        desk.Keep(referrerWallet);
        desk.Keep(refereeWallet);
    }
}
