namespace MemberCard.Application.Checkout.CommitPurchase;

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mediator;
using MemberCard.Application.Checkout.Common;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using MemberCard.Application.Common.Points;
using MemberCard.Domain.Common;
using MemberCard.Domain.Members;
using MemberCard.Domain.Points;
using MemberCard.Domain.Programme;
using MemberCard.Domain.Purchases;
using Microsoft.EntityFrameworkCore;

public sealed class CommitPurchaseCommandHandler(
    IMemberCardDbContext db, ICurrentPrincipal principal, PointsDesk desk, CheckoutPricing pricing, IRowLocks locks, TimeProvider clock)
    : ICommandHandler<CommitPurchaseCommand, CommitOutcome>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async ValueTask<CommitOutcome> Handle(CommitPurchaseCommand command, CancellationToken cancellationToken)
    {
        var branchId = CheckoutPricing.RequireBranch(principal);
        var receiptNo = command.ReceiptNo!.Trim();
        var requestHash = Hash(command with { IdempotencyKey = null });

        // Retries of one receipt queue here, so exactly one of them commits and the rest replay it.
        await locks.LockKeyAsync($"purchase:{branchId}:{receiptNo}", cancellationToken);
        if (command.IdempotencyKey is { } key)
        {
            await locks.LockKeyAsync($"purchase-key:{branchId}:{key}", cancellationToken);
        }

        var earlier = await db.Purchases.AsNoTracking()
            .Where(p => p.BranchId == branchId && (p.ReceiptNo == receiptNo || (command.IdempotencyKey != null && p.IdempotencyKey == command.IdempotencyKey)))
            .Select(p => new { p.ReceiptNo, p.RequestHash, p.ResponseJson })
            .FirstOrDefaultAsync(cancellationToken);
        if (earlier is not null)
        {
            // An Idempotency-Key names one operation: the same key with another receipt is a client error, not a retry.
            return earlier.RequestHash == requestHash
                ? new CommitOutcome(JsonSerializer.Deserialize<PurchaseReceipt>(earlier.ResponseJson!, Json)!, Replayed: true)
                : earlier.ReceiptNo == receiptNo
                    ? throw new DomainException("purchase.receipt_conflict", "This receipt number was already committed with different content.")
                    : throw new DomainException("purchase.idempotency_key_conflict", "This Idempotency-Key was already used for another receipt.");
        }

        var scanned = await desk.FindCardAsync(command.Code!, cancellationToken);
        var (member, wallet) = await desk.OpenWalletAsync(scanned.MemberId, cancellationToken);
        var card = member.FindCard(scanned.CardNumber);
        card.EnsureCanTransact();

        var programme = await desk.ProgrammeAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = programme.BusinessDate(now);
        var quote = await pricing.PriceAsync(member, wallet, programme, branchId, today, CheckoutRules.ToDomain(command.Lines!),
            command.IsCardApplicationPurchase, command.PointsUsed ?? 0, cancellationToken);
        var payments = CheckPayments(command.Payments, quote);

        var context = new PointsContext(now, today, branchId.Value);
        var purchase = Purchase.Commit(branchId, receiptNo, member, card, quote, command.IsCardApplicationPurchase, wallet, programme,
            context, requestHash, command.IdempotencyKey);

        var tierBefore = member.Tier;
        var rollingSpend = await RollingSpendAsync(member.Id, today.AddMonths(-programme.UpgradeSpendWindowMonths), cancellationToken) + quote.NetAmount;
        var (tier, reason, basis) = TierPolicy.AfterPurchase(programme, member.Tier, quote.NetAmount, rollingSpend);
        if (member.ChangeTier(tier, reason, basis, now, purchase.Id.Value) is { } change)
        {
            db.TierChanges.Add(change);
        }

        purchase.RecordTierAfter(member.Tier);
        var receipt = new PurchaseReceipt(
            purchase.Id.Value, receiptNo, card.Number.Value, now, today,
            quote.Lines.Select(QuotedLineDto.From).ToList(), payments,
            Yuan.Of(quote.ListAmount), Yuan.Of(quote.DiscountAmount), Yuan.Of(quote.NetAmount), quote.PointsUsed, Yuan.Of(quote.PointsValue),
            Yuan.Of(quote.AmountDue), quote.PointsToEarn, member.PointsBalance,
            tierBefore.ToString(), member.Tier.ToString(), tier != tierBefore ? reason : null, quote.IsBirthday);
        purchase.StoreResponse(JsonSerializer.Serialize(receipt, Json));

        db.Purchases.Add(purchase);
        desk.Keep(wallet);
        await db.SaveChangesAsync(cancellationToken);
        return new CommitOutcome(receipt, Replayed: false);
    }

    /// <summary>Net spend in the window, after returns: what counts toward the tier thresholds.</summary>
    private async Task<decimal> RollingSpendAsync(MemberId memberId, DateOnly after, CancellationToken cancellationToken) =>
        await db.Purchases.IgnoreQueryFilters()
            .Where(p => p.MemberId == memberId && p.BusinessDate > after)
            .SumAsync(p => p.NetAmount - p.ReturnedAmount, cancellationToken);

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
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(command, Json))));
}
