namespace MemberCard.Domain.StoredValue;

using MemberCard.Domain.Common;
using MemberCard.Domain.Members;

/// <summary>
/// A member's prepaid balance (储值), principal and bonus kept apart. Every movement writes a ledger entry and
/// moves the balance with it, so each part equals its ledger sum; neither part ever goes below zero (the
/// database checks it too). Callers lock the member row first, as for points, so changes never interleave.
/// </summary>
public sealed class StoredValueAccount : AggregateRoot
{
    private readonly List<StoredValueLedgerEntry> _newEntries = [];

    private StoredValueAccount()
    {
    }

    public MemberId MemberId { get; private set; }

    public decimal Principal { get; private set; }

    public decimal Bonus { get; private set; }

    public decimal Balance => Principal + Bonus;

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Entries made since the account was loaded, for the caller to add to the unit of work.</summary>
    public IReadOnlyList<StoredValueLedgerEntry> NewEntries => _newEntries;

    public static StoredValueAccount Open(MemberId memberId, DateTimeOffset now) => new()
    {
        MemberId = memberId,
        OpenedAt = now,
        UpdatedAt = now,
    };

    /// <summary>Credits money paid in and its bonus; the balance after may not pass <paramref name="maxBalance"/>.</summary>
    public StoredValueLedgerEntry TopUp(Money principal, Money bonus, Money maxBalance, StoredValueContext context)
    {
        if (principal.Yuan <= 0m)
        {
            throw new DomainException("stored_value.amount_invalid", "A top-up pays in a positive amount.");
        }

        var after = Balance + principal.Yuan + bonus.Yuan;
        if (after > maxBalance.Yuan)
        {
            throw new DomainException("stored_value.over_limit",
                $"The balance would be {after:0.00}; a card holds at most {maxBalance.Yuan:0.00} (room left: {Math.Max(0m, maxBalance.Yuan - Balance):0.00}).");
        }

        return Record(StoredValueEntryKind.TopUp, principal.Yuan, bonus.Yuan, context);
    }

    /// <summary>Pays <paramref name="amount"/> from the balance, the parts in the programme's order; not enough changes nothing.</summary>
    public StoredValueLedgerEntry Spend(Money amount, StoredValueSpendOrder order, StoredValueContext context)
    {
        if (amount.Yuan <= 0m)
        {
            throw new DomainException("stored_value.amount_invalid", "A payment from the balance is a positive amount.");
        }

        if (amount.Yuan > Balance)
        {
            throw new DomainException("stored_value.insufficient", $"The stored-value balance is only {Balance:0.00}.");
        }

        var bonus = order == StoredValueSpendOrder.BonusFirst
            ? Math.Min(Bonus, amount.Yuan)
            : amount.Yuan - Math.Min(Principal, amount.Yuan);
        return Record(StoredValueEntryKind.Spend, -(amount.Yuan - bonus), -bonus, context);
    }

    /// <summary>Puts back what returned goods had taken from the balance, each part to where it came from.</summary>
    public StoredValueLedgerEntry? PutBack(Money principal, Money bonus, StoredValueContext context) =>
        principal.Yuan == 0m && bonus.Yuan == 0m ? null : Record(StoredValueEntryKind.Return, principal.Yuan, bonus.Yuan, context);

    /// <summary>
    /// Pays back all unused principal at the member's request; the bonus that came with it is forfeited in a
    /// second entry. Nothing to pay back is a conflict.
    /// </summary>
    public (StoredValueLedgerEntry Refund, StoredValueLedgerEntry? Forfeit) RefundPrincipal(StoredValueContext context)
    {
        if (Principal == 0m)
        {
            throw new DomainException("stored_value.nothing_to_refund", "There is no unused principal to refund.");
        }

        var refund = Record(StoredValueEntryKind.Refund, -Principal, 0m, context);
        var forfeit = Bonus > 0m ? Record(StoredValueEntryKind.Forfeit, 0m, -Bonus, context) : null;
        return (refund, forfeit);
    }

    /// <summary>
    /// A head-office correction: signed changes to principal and bonus, with the reason (required). Neither part
    /// may go below zero, and a correction that adds may not take the balance past <paramref name="maxBalance"/>.
    /// </summary>
    public StoredValueLedgerEntry Adjust(decimal principal, decimal bonus, Money maxBalance, StoredValueContext context)
    {
        if (principal == 0m && bonus == 0m)
        {
            throw new DomainException("stored_value.amount_invalid", "An adjustment changes the principal, the bonus or both.");
        }

        if (decimal.Round(principal, 2) != principal || decimal.Round(bonus, 2) != bonus)
        {
            throw new DomainException("money.precision", "An amount of money has at most two decimal places.");
        }

        if (string.IsNullOrWhiteSpace(context.Reason))
        {
            throw new DomainException("stored_value.reason_required", "An adjustment needs a reason.");
        }

        var after = Balance + principal + bonus;
        if (principal + bonus > 0m && after > maxBalance.Yuan)
        {
            throw new DomainException("stored_value.over_limit",
                $"The balance would be {after:0.00}; a card holds at most {maxBalance.Yuan:0.00} (room left: {Math.Max(0m, maxBalance.Yuan - Balance):0.00}).");
        }

        var entry = Record(StoredValueEntryKind.Adjust, principal, bonus, context);
        Raise(new StoredValueAdjusted(MemberId, principal, bonus, entry.PrincipalAfter, entry.BonusAfter, context.Reason, context.OccurredAt));
        return entry;
    }

    private StoredValueLedgerEntry Record(StoredValueEntryKind kind, decimal principal, decimal bonus, StoredValueContext context)
    {
        var principalAfter = Principal + principal;
        var bonusAfter = Bonus + bonus;
        if (principalAfter < 0m || bonusAfter < 0m)
        {
            throw new DomainException("stored_value.insufficient", "The stored-value balance cannot go below zero.");
        }

        Principal = principalAfter;
        Bonus = bonusAfter;
        UpdatedAt = context.OccurredAt;
        var entry = StoredValueLedgerEntry.Record(MemberId, kind, principal, bonus, principalAfter, bonusAfter, context);
        _newEntries.Add(entry);

        // WeChat gets the absolute balance, so one event per save is enough.
        ReplaceEvent(new StoredValueBalanceChanged(MemberId, Balance, context.OccurredAt));
        return entry;
    }
}
