namespace MemberCard.Domain.Points;

using MemberCard.Domain.Common;
using MemberCard.Domain.Members;

/// <summary>
/// A member's points for the length of one change: the member (whose row the caller has locked) and their
/// open lots. Every movement writes a ledger entry and moves lots and the balance together, so balance =
/// ledger sum = open lots holds after each call.
/// </summary>
public sealed class PointsWallet
{
    private readonly Member _member;
    private readonly List<PointsLot> _openLots;
    private readonly List<PointsLot> _newLots = [];
    private readonly List<PointsLedgerEntry> _newEntries = [];

    public PointsWallet(Member member, IEnumerable<PointsLot> openLots)
    {
        _member = member;
        _openLots = openLots.Where(l => l.MemberId == member.Id && l.IsOpen).ToList();
        if (_openLots.Sum(l => l.Remaining) != member.PointsBalance)
        {
            throw new InvalidOperationException($"Points of member {member.Id} drifted: balance {member.PointsBalance}, open lots {_openLots.Sum(l => l.Remaining)}.");
        }
    }

    public long Balance => _member.PointsBalance;

    public IReadOnlyList<PointsLot> NewLots => _newLots;

    public IReadOnlyList<PointsLedgerEntry> NewEntries => _newEntries;

    public long SpendableOn(DateOnly businessDate) => _openLots.Where(l => l.IsSpendableOn(businessDate)).Sum(l => l.Remaining);

    /// <summary>Credits points as a new lot (earning, refund, gift, positive adjustment).</summary>
    public PointsLedgerEntry Credit(LedgerEntryKind kind, long points, DateOnly expiresOn, PointsContext context)
    {
        if (points <= 0)
        {
            throw new DomainException("points.amount_invalid", "A credit is a positive number of points.");
        }

        if (kind is not (LedgerEntryKind.Earn or LedgerEntryKind.Refund or LedgerEntryKind.Gift or LedgerEntryKind.Adjust))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a credit.");
        }

        var lot = PointsLot.Open(_member.Id, kind, points, context.BusinessDate, expiresOn, context.PurchaseId);
        _openLots.Add(lot);
        _newLots.Add(lot);
        return Record(kind, points, context, lot.Id);
    }

    /// <summary>
    /// Spends points the member chose to spend (gift, payment, negative adjustment): only lots spendable on the
    /// business date count, earliest expiry first; not enough is a conflict and changes nothing.
    /// </summary>
    public PointsLedgerEntry Spend(LedgerEntryKind kind, long points, PointsContext context)
    {
        if (points <= 0)
        {
            throw new DomainException("points.amount_invalid", "Points to spend are a positive number.");
        }

        var spendable = SpendableOn(context.BusinessDate);
        if (spendable < points)
        {
            throw new DomainException("points.insufficient",
                $"Only {spendable} points can be spent today (points credited today can be spent from tomorrow).");
        }

        Take(points, _openLots.Where(l => l.IsSpendableOn(context.BusinessDate)));
        return Record(kind, -points, context, null);
    }

    /// <summary>A head-office correction downwards: from any lot, earliest expiry first, never below zero.</summary>
    public PointsLedgerEntry Withdraw(long points, PointsContext context)
    {
        if (points <= 0)
        {
            throw new DomainException("points.amount_invalid", "Points to withdraw are a positive number.");
        }

        if (Balance < points)
        {
            throw new DomainException("points.insufficient", $"The member has only {Balance} points.");
        }

        Take(points, _openLots);
        return Record(LedgerEntryKind.Adjust, -points, context, null);
    }

    /// <summary>
    /// Takes back earned points after a return, as far as the balance allows: first from the lot the purchase
    /// created, then from any lot, earliest expiry first. Returns what could not be taken (to be paid in cash).
    /// </summary>
    public (PointsLedgerEntry? Entry, long Shortfall) Reverse(long points, PointsLotId? earnedLot, PointsContext context)
    {
        if (points <= 0)
        {
            return (null, 0);
        }

        var order = _openLots.Where(l => earnedLot is { } id && l.Id == id)
            .Concat(_openLots.Where(l => earnedLot is not { } id || l.Id != id));
        var taken = Take(points, order);
        var entry = taken > 0 ? Record(LedgerEntryKind.Reverse, -taken, context, null) : null;
        return (entry, points - taken);
    }

    /// <summary>
    /// Gives up the whole balance, spendable or not, in one entry: the member is leaving. Null when there is
    /// nothing left to give up (a ledger row never moves zero points).
    /// </summary>
    public PointsLedgerEntry? ForfeitAll(PointsContext context)
    {
        var points = Balance;
        if (points == 0)
        {
            return null;
        }

        Take(points, _openLots);
        return Record(LedgerEntryKind.Forfeit, -points, context, null);
    }

    /// <summary>Clears whatever is left of a lot on its expiry date.</summary>
    public PointsLedgerEntry? Expire(PointsLot lot, PointsContext context)
    {
        if (!_openLots.Contains(lot) || !lot.IsOpen || !lot.IsExpiredOn(context.BusinessDate))
        {
            return null;
        }

        var points = lot.Take(lot.Remaining);
        return Record(LedgerEntryKind.Expire, -points, context, lot.Id);
    }

    private long Take(long wanted, IEnumerable<PointsLot> lots)
    {
        var left = wanted;
        foreach (var lot in lots.Where(l => l.IsOpen).OrderBy(l => l.ExpiresOn).ThenBy(l => l.CreditedOn).ThenBy(l => l.Id.Value).ToList())
        {
            if (left == 0)
            {
                break;
            }

            left -= lot.Take(left);
        }

        return wanted - left;
    }

    private PointsLedgerEntry Record(LedgerEntryKind kind, long points, PointsContext context, PointsLotId? lotId)
    {
        _member.ChangePointsBalance(points, context.OccurredAt);
        var entry = PointsLedgerEntry.Record(_member.Id, kind, points, _member.PointsBalance, context, lotId);
        _newEntries.Add(entry);
        return entry;
    }
}
