namespace MemberCard.Application.Checkout.CommitPurchase;

using System.Data.Common;
using System.Security.Cryptography;
using System.Text.Json;
using Mediator;
using MemberCard.Application.Checkout.Common;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using MemberCard.Application.Common.Points;
using MemberCard.Application.StoredValue.Common;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;
using MemberCard.Domain.Points;
using MemberCard.Domain.Programme;
using MemberCard.Domain.Purchases;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Commits in four round trips: lock the scanned card's member; read the member, cards, open lots, rolling
/// spend and any earlier commit of the receipt in one statement; save; commit. The member's row lock is also
/// what makes retries safe: a retry has the same body, so the same card and member, and queues behind the
/// first commit until it sees it. Two different bodies under one receipt meet at the unique receipt index.
/// </summary>
public sealed class CommitPurchaseCommandHandler(
    IMemberCardDbContext db, ICurrentPrincipal principal, PointsDesk desk, CheckoutPricing pricing, StoredValueCheckout storedValue, TimeProvider clock)
    : ICommandHandler<CommitPurchaseCommand, CommitOutcome>
{
    private const string UniqueViolation = "23505";

    public async ValueTask<CommitOutcome> Handle(CommitPurchaseCommand command, CancellationToken cancellationToken)
    {
        var branchId = CheckoutPricing.RequireBranch(principal);
        var receiptNo = command.ReceiptNo!.Trim();
        var requestHash = Hash(command with { IdempotencyKey = null });

        var scanned = await desk.LockScannedAsync(command.Code!, cancellationToken);
        if (scanned is null)
        {
            // A retry answers as the first commit did even if its card can no longer be found (a phone changed).
            return await ReplayAsync(branchId, receiptNo, command.IdempotencyKey, requestHash, cancellationToken)
                ?? throw new NotFoundException("card.not_found", "No such card.");
        }

        var now = clock.GetUtcNow();
        var (snapshot, programme, today) = await desk.ReadTillAsync(
            scanned.MemberId, branchId, now, receiptNo, command.IdempotencyKey, cancellationToken);
        if (snapshot.Earlier is { } earlier)
        {
            return Replay(earlier, receiptNo, requestHash);
        }

        var member = snapshot.Member;
        var card = member.FindCard(scanned.CardNumber);
        card.EnsureCanTransact();
        var wallet = new PointsWallet(member, snapshot.OpenLots);
        var quote = await pricing.PriceAsync(snapshot, wallet, programme, branchId, today, CheckoutRules.ToDomain(command.Lines!),
            command.IsCardApplicationPurchase, command.PointsUsed ?? 0, cancellationToken);
        var payments = CheckPayments(command.Payments, quote);

        var context = new PointsContext(now, today, branchId.Value);
        var purchase = Purchase.Commit(branchId, receiptNo, member, card, quote, command.IsCardApplicationPurchase, wallet, programme,
            context, requestHash, command.IdempotencyKey);

        var tierBefore = member.Tier;
        var (tier, reason, basis) = TierPolicy.AfterPurchase(programme, member.Tier, quote.NetAmount, snapshot.RollingSpend + quote.NetAmount);
        if (member.ChangeTier(tier, reason, basis, now, purchase.Id.Value) is { } change)
        {
            db.TierChanges.Add(change);
        }

        purchase.RecordTierAfter(member.Tier);
        var balancePaid = await storedValue.PayAsync(member, card, payments, purchase.Id.Value, programme, now, today, branchId, cancellationToken);
        var receipt = new PurchaseReceipt(
            purchase.Id.Value, receiptNo, card.Number.Value, now, today,
            quote.Lines.Select(QuotedLineDto.From).ToList(), payments,
            Yuan.Of(quote.ListAmount), Yuan.Of(quote.DiscountAmount), Yuan.Of(quote.NetAmount), quote.PointsUsed, Yuan.Of(quote.PointsValue),
            Yuan.Of(quote.AmountDue), quote.PointsToEarn, member.PointsBalance,
            tierBefore.ToString(), member.Tier.ToString(), tier != tierBefore ? reason : null, quote.IsBirthday, balancePaid);
        var json = JsonSerializer.Serialize(receipt, ReceiptJson.Options);
        purchase.StoreResponse(json);

        db.Purchases.Add(purchase);
        desk.Keep(wallet);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is DbException { SqlState: UniqueViolation } unique && ConflictOf(unique) is { } conflict)
        {
            // Another commit under this receipt (or key), for another card, got there first: not a retry of it.
            throw conflict;
        }

        return new CommitOutcome(receipt, json, Replayed: false);
    }

    private async Task<CommitOutcome?> ReplayAsync(BranchId branchId, string receiptNo, string? key, string requestHash, CancellationToken cancellationToken)
    {
        var earlier = await db.Purchases.AsNoTracking()
            .Where(p => p.BranchId == branchId && (p.ReceiptNo == receiptNo || (key != null && p.IdempotencyKey == key)))
            .Select(p => new EarlierCommit { ReceiptNo = p.ReceiptNo, RequestHash = p.RequestHash, ResponseJson = p.ResponseJson })
            .FirstOrDefaultAsync(cancellationToken);
        return earlier is null ? null : Replay(earlier, receiptNo, requestHash);
    }

    /// <summary>An Idempotency-Key names one operation: the same key with another receipt is a client error, not a retry.</summary>
    private static CommitOutcome Replay(EarlierCommit earlier, string receiptNo, string requestHash)
    {
        if (earlier.RequestHash != requestHash)
        {
            throw earlier.ReceiptNo == receiptNo ? ReceiptConflict() : IdempotencyKeyConflict();
        }

        // jsonb keeps its own key order and spacing: written again, the receipt reads as the first answer did.
        var receipt = JsonSerializer.Deserialize<PurchaseReceipt>(earlier.ResponseJson!, ReceiptJson.Options)!;
        return new CommitOutcome(receipt, JsonSerializer.Serialize(receipt, ReceiptJson.Options), Replayed: true);
    }

    /// <summary>Which of the purchase's unique indexes a violation hit, by the index name PostgreSQL quotes.</summary>
    private static DomainException? ConflictOf(DbException unique) =>
        unique.Message.Contains("idempotency_key", StringComparison.Ordinal) ? IdempotencyKeyConflict()
        : unique.Message.Contains("receipt_no", StringComparison.Ordinal) ? ReceiptConflict()
        : null;

    private static DomainException ReceiptConflict() =>
        new("purchase.receipt_conflict", "This receipt number was already committed with different content.");

    private static DomainException IdempotencyKeyConflict() =>
        new("purchase.idempotency_key_conflict", "This Idempotency-Key was already used for another receipt.");

    private static List<PaymentInput> CheckPayments(IReadOnlyList<PaymentInput>? payments, Quote quote)
    {
        var due = Yuan.Of(quote.AmountDue);
        if (payments is null || payments.Count == 0)
        {
            return due == 0 ? [] : [new PaymentInput("unspecified", due)];
        }

        var paid = payments.Sum(p => p.Amount!.Value);
        return paid == due
            ? payments.Select(p => p with { Method = p.Method!.ToLowerInvariant(), Amount = Yuan.Of(p.Amount!.Value) }).ToList()
            : throw new InvalidInputException("payments", "checkout.payments_mismatch",
                $"The payments add up to {paid:0.00} but {due:0.00} is due after discounts and points.");
    }

    private static string Hash(CommitPurchaseCommand command) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(command, ReceiptJson.Options)));
}
