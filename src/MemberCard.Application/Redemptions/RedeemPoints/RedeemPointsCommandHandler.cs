namespace MemberCard.Application.Redemptions.RedeemPoints;

using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using MemberCard.Application.Common.Points;
using MemberCard.Domain.Common;
using MemberCard.Domain.Gifts;
using MemberCard.Domain.Members;
using MemberCard.Domain.Points;
using Microsoft.EntityFrameworkCore;

public sealed class RedeemPointsCommandHandler(
    IMemberCardDbContext db, ICurrentPrincipal principal, PointsDesk desk, IRowLocks locks, TimeProvider clock)
    : ICommandHandler<RedeemPointsCommand, RedemptionReceipt>
{
    public async ValueTask<RedemptionReceipt> Handle(RedeemPointsCommand command, CancellationToken cancellationToken)
    {
        var (memberId, cardNumber) = await TargetAsync(command.Code, cancellationToken);
        var (member, wallet) = await desk.OpenWalletAsync(memberId, cancellationToken);

        // Under the member lock a retried reference cannot race its first attempt.
        if (command.Reference is { } reference && await EarlierAsync(memberId, reference, cancellationToken) is { } earlier)
        {
            var same = earlier.MemberId == memberId && earlier.GiftId?.Value == command.GiftId
                && (command.GiftId is null ? earlier.Points == command.Points : earlier.Quantity == (command.Quantity ?? 1));
            return same
                ? Receipt(earlier, member.PointsBalance)
                : throw new DomainException("redemption.reference_conflict", "This reference was already used for a different redemption.");
        }

        var card = cardNumber is { } scanned ? member.FindCard(scanned) : member.CurrentCard;
        card.EnsureCanTransact();
        var programme = await desk.ProgrammeAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = programme.BusinessDate(now);
        var branchId = principal.Kind == PrincipalKind.Branch ? principal.BranchId : (Domain.Branches.BranchId?)null;
        var context = new PointsContext(now, today, branchId?.Value, CardNumber: card.Number.Value, Reason: command.Reference);

        Redemption redemption;
        if (command.GiftId is { } rawGiftId)
        {
            if (!programme.IsRedemptionOpen(today))
            {
                throw new DomainException("redemption.window_closed",
                    $"Gifts can be redeemed only in months {string.Join(", ", programme.RedemptionMonths)}.");
            }

            var giftId = new GiftId(rawGiftId);
            if (!await locks.LockGiftAsync(giftId, cancellationToken))
            {
                throw new NotFoundException("gift.not_found", "No such gift.");
            }

            var gift = await db.Gifts.SingleAsync(g => g.Id == giftId, cancellationToken);
            var quantity = command.Quantity ?? 1;
            var points = gift.Take(quantity, today);
            wallet.Spend(LedgerEntryKind.Redeem, points, context);
            redemption = Redemption.Record(member.Id, RedemptionKind.Gift, giftId, quantity, points, 0m, branchId, card.Number.Value, command.Reference, now, today);
        }
        else
        {
            if (principal.Kind != PrincipalKind.Branch)
            {
                throw new ForbiddenException("auth.branch_only", "Points pay for things only at a branch counter.");
            }

            var points = command.Points!.Value;
            if (points * 100 % programme.PointsPerYuan != 0)
            {
                throw new InvalidInputException("points", "checkout.points_granularity", $"Points must be worth whole fen ({programme.PointsPerYuan} points = ¥1).");
            }

            wallet.Spend(LedgerEntryKind.Payment, points, context);
            redemption = Redemption.Record(member.Id, RedemptionKind.Payment, null, 1, points, points / (decimal)programme.PointsPerYuan,
                branchId, card.Number.Value, command.Reference, now, today);
        }

        db.Redemptions.Add(redemption);
        desk.Keep(wallet);
        await db.SaveChangesAsync(cancellationToken);
        return Receipt(redemption, member.PointsBalance);
    }

    private async Task<(MemberId MemberId, CardNumber? CardNumber)> TargetAsync(string? code, CancellationToken cancellationToken)
    {
        if (principal.Kind == PrincipalKind.Shopper)
        {
            return principal.MemberId != MemberId.None
                ? (principal.MemberId, null)
                : throw new NotFoundException("member.not_found", "You do not have a member card yet.");
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            throw new InvalidInputException("code", "redemption.code_required", "Scan the member's card or enter their phone.");
        }

        var card = await desk.FindCardAsync(code, cancellationToken);
        return (card.MemberId, card.CardNumber);
    }

    private Task<Redemption?> EarlierAsync(MemberId memberId, string reference, CancellationToken cancellationToken)
    {
        var redemptions = db.Redemptions.IgnoreQueryFilters().AsNoTracking();
        return principal.Kind == PrincipalKind.Branch
            ? redemptions.FirstOrDefaultAsync(r => r.BranchId == principal.BranchId && r.Reference == reference, cancellationToken)
            : redemptions.FirstOrDefaultAsync(r => r.MemberId == memberId && r.BranchId == null && r.Reference == reference, cancellationToken);
    }

    private static RedemptionReceipt Receipt(Redemption r, long balance) => new(
        r.Id, r.Kind.ToString(), r.GiftId?.Value, r.Quantity, r.Points, Yuan.Of(r.Value), r.CardNumber, r.Reference, r.OccurredAt, balance);
}
