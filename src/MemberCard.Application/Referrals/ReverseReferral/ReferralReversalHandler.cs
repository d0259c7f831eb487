namespace MemberCard.Application.Referrals.ReverseReferral;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Points;
using MemberCard.Application.Referrals.Common;
using MemberCard.Domain.Points;
using MemberCard.Domain.Purchases;
using MemberCard.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Takes the referral rewards back when the purchase that earned them has come back in full within the window,
/// in the return's own transaction. Partial returns keep them. The return has locked the new member; the
/// referrer is locked after, as on the way in.
/// </summary>
public sealed class ReferralReversalHandler(IMemberCardDbContext db, PointsDesk desk) : INotificationHandler<PurchaseReturned>
{
    public async ValueTask Handle(PurchaseReturned notification, CancellationToken cancellationToken)
    {
        if (!notification.IsFullyReturned)
        {
            return;
        }

        var purchaseId = notification.PurchaseId.Value;
        var referral = await db.Referrals.IgnoreQueryFilters()
            .SingleOrDefaultAsync(r => r.PurchaseId == purchaseId && r.Status == ReferralStatus.Rewarded, cancellationToken);
        if (referral is null)
        {
            return;
        }

        var settings = await ReferralDesk.SettingsAsync(db, cancellationToken);
        if (notification.ReturnedOn > notification.PurchasedOn.AddDays(settings.ReturnWindowDays))
        {
            return;
        }

        var referee = db.Members.Local.FirstOrDefault(m => m.Id == referral.RefereeId)
            ?? (await desk.OpenWalletAsync(referral.RefereeId, cancellationToken)).Member;
        var refereeWallet = new PointsWallet(referee, db.PointsLots.Local.Where(l => l.MemberId == referee.Id));
        var referrerWallet = referral.ReferrerPoints > 0 ? (await desk.OpenWalletAsync(referral.ReferrerId, cancellationToken)).Wallet : null;
        var context = new PointsContext(notification.OccurredAt, notification.ReturnedOn);
        referral.Reverse(referrerWallet, refereeWallet, context);
        desk.Keep(refereeWallet);
        if (referrerWallet is not null)
        {
            desk.Keep(referrerWallet);
        }
    }
}
