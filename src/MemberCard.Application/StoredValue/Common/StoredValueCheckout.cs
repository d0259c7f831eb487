namespace MemberCard.Application.StoredValue.Common;

using MemberCard.Application.Checkout.CommitPurchase;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;
using MemberCard.Domain.Members;
using MemberCard.Domain.Programme;
using MemberCard.Domain.Purchases;
using MemberCard.Domain.StoredValue;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The balance as a tender at the till, called from the purchase commit and the return with the member row
/// already locked by them. A purchase without a stored-value tender costs no statement here.
/// </summary>
public sealed class StoredValueCheckout(IMemberCardDbContext db, StoredValueDesk desk)
{
    public const string PaymentMethod = "stored_value";

    /// <summary>Pays the <c>stored_value</c> tender of <paramref name="payments"/> from the balance; null when there is none.</summary>
    public async Task<StoredValuePayment?> PayAsync(
        Member member, Card card, IReadOnlyList<PaymentInput> payments, Guid purchaseId, ProgrammeSettings programme,
        DateTimeOffset now, DateOnly today, BranchId branchId, CancellationToken cancellationToken)
    {
        var tenders = payments.Where(p => p.Method == PaymentMethod).ToList();
        if (tenders.Count == 0)
        {
            return null;
        }

        if (tenders.Count > 1 || tenders[0].Amount is not > 0m)
        {
            throw new InvalidInputException("payments", "stored_value.tender_invalid", "The balance is one tender with a positive amount.");
        }

        var account = await db.StoredValueAccounts.IgnoreQueryFilters().SingleOrDefaultAsync(a => a.MemberId == member.Id, cancellationToken)
            ?? throw new DomainException("stored_value.insufficient", "The stored-value balance is only 0.00.");
        var entry = account.Spend(Money.Create(tenders[0].Amount!.Value), programme.StoredValueSpendOrder,
            new StoredValueContext(now, today, branchId.Value, card.Number.Value, PurchaseId: purchaseId));
        desk.Keep(account);
        return new StoredValuePayment(Yuan.Of(-(entry.Principal + entry.Bonus)), Yuan.Of(-entry.Principal), Yuan.Of(-entry.Bonus),
            Yuan.Of(account.Principal), Yuan.Of(account.Bonus), Yuan.Of(account.Balance));
    }

    /// <summary>
    /// Gives back the balance's share of a return. The rule: the balance paid its share of every line's money
    /// (what was due after discounts and points), so it gets back that share of the money the return refunds,
    /// bonus and principal each in proportion. Counted cumulatively over the receipt's returns and floored to
    /// the fen, so partial returns never give back more than was paid and the last return settles the rest.
    /// </summary>
    public async Task<StoredValueReturn?> ReturnAsync(
        Purchase purchase, PurchaseReturn record, DateTimeOffset now, DateOnly today, Guid branchId, CancellationToken cancellationToken)
    {
        var entries = await db.StoredValueLedger.IgnoreQueryFilters()
            .Where(e => e.PurchaseId == purchase.Id.Value && (e.Kind == StoredValueEntryKind.Spend || e.Kind == StoredValueEntryKind.Return))
            .Select(e => new { e.Kind, e.Principal, e.Bonus })
            .ToListAsync(cancellationToken);
        var spentPrincipal = -entries.Where(e => e.Kind == StoredValueEntryKind.Spend).Sum(e => e.Principal);
        var spentBonus = -entries.Where(e => e.Kind == StoredValueEntryKind.Spend).Sum(e => e.Bonus);
        if (spentPrincipal + spentBonus == 0m || purchase.AmountDue <= 0m)
        {
            return null;
        }

        var share = Math.Min(1m, purchase.Returns.Sum(r => r.MoneyRefund) / purchase.AmountDue);
        var total = purchase.IsFullyReturned ? spentPrincipal + spentBonus : Floor((spentPrincipal + spentBonus) * share);
        var bonus = purchase.IsFullyReturned ? spentBonus : Floor(spentBonus * share);
        var principal = Math.Min(spentPrincipal, total - bonus);
        bonus = total - principal;
        var principalBack = principal - entries.Where(e => e.Kind == StoredValueEntryKind.Return).Sum(e => e.Principal);
        var bonusBack = bonus - entries.Where(e => e.Kind == StoredValueEntryKind.Return).Sum(e => e.Bonus);

        var account = await db.StoredValueAccounts.IgnoreQueryFilters().SingleAsync(a => a.MemberId == purchase.MemberId, cancellationToken);
        account.PutBack(Money.Create(principalBack), Money.Create(bonusBack),
            new StoredValueContext(now, today, branchId, purchase.CardNumber, PurchaseId: purchase.Id.Value));
        desk.Keep(account);
        var back = principalBack + bonusBack;
        return new StoredValueReturn(Yuan.Of(back), Yuan.Of(principalBack), Yuan.Of(bonusBack), Yuan.Of(record.MoneyRefund - back), Yuan.Of(account.Balance));
    }

    private static decimal Floor(decimal yuan) => decimal.Floor(yuan * 100m) / 100m;
}
