namespace MemberCard.Application.Jobs.ReviewTier;

using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Points;
using MemberCard.Domain.Members;
using MemberCard.Domain.Programme;
using MemberCard.Domain.Purchases;
using MemberCard.Domain.StoredValue;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Drops a member one tier when their spend over the review window (net of returns) no longer meets it.
/// A Silver member whose qualifying single purchase is still inside the window keeps Silver: that purchase is
/// what made them Silver, so it still "meets their tier". Where deposits count toward the tier, principal
/// deposited over the window (net of refunds) that still meets the tier keeps it too: the review must not take
/// back what the deposits gave.
/// </summary>
public sealed class ReviewTierCommandHandler(IMemberCardDbContext db, IRowLocks locks, PointsDesk desk, TimeProvider clock)
    : ICommandHandler<ReviewTierCommand, int>
{
    public async ValueTask<int> Handle(ReviewTierCommand command, CancellationToken cancellationToken)
    {
        var memberId = new MemberId(command.MemberId);

        // The till upgrades under the same lock, so a review never interleaves with a purchase.
        if (!await locks.LockMemberAsync(memberId, cancellationToken))
        {
            throw new NotFoundException("member.not_found", "No such member.");
        }

        var member = await db.Members.SingleAsync(m => m.Id == memberId, cancellationToken);
        if (member.Tier == Tier.Regular || member.Status != MemberStatus.Active)
        {
            return 0;
        }

        var reviewedAlready = await db.TierChanges
            .AnyAsync(t => t.MemberId == memberId && t.Reason == TierChange.PeriodicReview && t.OccurredAt >= command.ReviewOpenedAt, cancellationToken);
        if (reviewedAlready)
        {
            return 0;
        }

        var programme = await desk.ProgrammeAsync(cancellationToken);
        var after = command.AsOf.AddMonths(-programme.DowngradeReviewWindowMonths);
        var purchases = db.Purchases.Where(p => p.MemberId == memberId && p.BusinessDate > after);
        var spend = await purchases.SumAsync(p => p.NetAmount - p.ReturnedAmount, cancellationToken);
        var tier = TierPolicy.AfterReview(programme, member.Tier, spend);
        if (tier == member.Tier
            || await KeepsSilverByPurchaseAsync(member.Tier, purchases, programme.SinglePurchaseUpgradeThreshold, cancellationToken)
            || await KeepsTierByDepositsAsync(member, programme, after, cancellationToken))
        {
            return 0;
        }

        var change = member.ChangeTier(tier, TierChange.PeriodicReview, spend, clock.GetUtcNow());
        db.TierChanges.Add(change!);
        await db.SaveChangesAsync(cancellationToken);
        return 1;
    }

    private async Task<bool> KeepsTierByDepositsAsync(Member member, ProgrammeSettings programme, DateOnly after, CancellationToken cancellationToken)
    {
        if (!programme.DepositsCountForTier)
        {
            return false;
        }

        var deposits = await db.StoredValueLedger
            .Where(e => e.MemberId == member.Id && e.BusinessDate > after && (e.Kind == StoredValueEntryKind.TopUp || e.Kind == StoredValueEntryKind.Refund))
            .SumAsync(e => e.Principal, cancellationToken);
        return TierPolicy.ForSpend(programme, deposits) >= member.Tier;
    }

    private static async Task<bool> KeepsSilverByPurchaseAsync(
        Tier current, IQueryable<Purchase> purchases, decimal singlePurchaseThreshold, CancellationToken cancellationToken) =>
        current == Tier.Silver
        && await purchases.AnyAsync(p => p.NetAmount - p.ReturnedAmount >= singlePurchaseThreshold, cancellationToken);
}
