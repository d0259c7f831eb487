namespace MemberCard.Infrastructure.Kpis;

using MemberCard.Domain.Points;

/// <summary>What one save adds to the rollups, summed per branch-day so that it becomes as few delta rows as possible.</summary>
internal sealed class RollupBatch
{
    public Dictionary<(Guid Branch, DateOnly Date), DailyDelta> Daily { get; } = [];

    /// <summary>(member, branch, month) → the business date of the purchase that made the member active.</summary>
    public Dictionary<(Guid Member, Guid Branch, DateOnly Month), DateOnly> Activity { get; } = [];

    public bool IsEmpty => Daily.Count == 0 && Activity.Count == 0;

    public static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);

    public DailyDelta At(Guid branch, DateOnly date)
    {
        if (!Daily.TryGetValue((branch, date), out var delta))
        {
            delta = new DailyDelta();
            Daily[(branch, date)] = delta;
        }

        return delta;
    }

    public void ActiveAt(Guid member, Guid branch, DateOnly date)
    {
        var key = (member, branch, MonthOf(date));
        if (!Activity.TryGetValue(key, out var first) || date < first)
        {
            Activity[key] = date;
        }
    }

    /// <summary>A ledger entry, counted for the member's home branch (points belong to members, not tills).</summary>
    public void Ledger(Guid homeBranch, LedgerEntryKind kind, long points, DateOnly date)
    {
        var delta = At(homeBranch, date);
        switch (kind)
        {
            case LedgerEntryKind.Earn:
                delta.PointsEarned += points;
                break;
            case LedgerEntryKind.Reverse:
                delta.PointsReversed -= points;
                break;
            case LedgerEntryKind.Gift:
                delta.PointsGifted += points;
                break;
            case LedgerEntryKind.Adjust:
                delta.PointsAdjusted += points;
                break;
            case LedgerEntryKind.Redeem:
                delta.PointsRedeemed -= points;
                delta.Redemptions++;
                break;
            case LedgerEntryKind.Payment:
                delta.PointsPaid -= points;
                delta.Redemptions++;
                break;
            case LedgerEntryKind.Refund:
                delta.PointsRefunded += points;
                break;
            // Points a leaving member forfeits leave the books unused, like expired ones.
            case LedgerEntryKind.Expire or LedgerEntryKind.Forfeit:
                delta.PointsExpired -= points;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "A ledger kind the KPI rollups do not know.");
        }

        delta.NetPoints = (delta.NetPoints ?? 0) + points;
    }

    /// <summary>
    /// One delta row per branch-day; a member made active is carried on the row of the day and branch of their
    /// purchase (one more row only when a save makes several members active there).
    /// </summary>
    public List<KpiDelta> ToDeltas()
    {
        var members = Activity
            .GroupBy(a => (a.Key.Branch, Date: a.Value), a => a.Key.Member)
            .ToDictionary(g => g.Key, g => new Queue<Guid>(g));
        var deltas = new List<KpiDelta>(Daily.Count + Activity.Count);
        foreach (var ((branch, date), daily) in Daily)
        {
            Guid? member = members.TryGetValue((branch, date), out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
            deltas.Add(KpiDelta.Of(branch, date, daily, daily.NetPoints, member));
        }

        foreach (var ((branch, date), queue) in members)
        {
            while (queue.Count > 0)
            {
                deltas.Add(KpiDelta.Of(branch, date, daily: null, netPoints: null, queue.Dequeue()));
            }
        }

        return deltas;
    }
}
