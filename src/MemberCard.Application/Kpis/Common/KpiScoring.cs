namespace MemberCard.Application.Kpis.Common;

using MemberCard.Application.Common.Models;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Kpis;

/// <summary>
/// Turns a month's totals into KPI rows and ranks the branches. Each scored KPI becomes a percentile among the
/// branches (ties share it; a branch without a value, e.g. no new cards for an activation rate, counts lowest);
/// the score is the weighted mean of the percentiles × 100; a KPI no branch has a value for drops out and the
/// remaining weights fill its place. Equal scores share a rank; grades go by rank quartile: A top 25%, then B,
/// C, and D for the bottom quarter.
/// </summary>
public static class KpiScoring
{
    public static IReadOnlyList<BranchKpisDto> Rank(
        KpiMonth month,
        IReadOnlyList<BranchRef> branches,
        IReadOnlyDictionary<BranchId, BranchTotals> totals,
        IReadOnlyDictionary<BranchId, long> outstanding,
        IReadOnlyDictionary<BranchId, ServiceFigures> service,
        KpiWeights weights,
        int pointsPerYuan)
    {
        var rows = branches.Select(b => Row(month, b, totals.GetValueOrDefault(b.Id) ?? BranchTotals.Empty(b.Id),
            outstanding.GetValueOrDefault(b.Id), service.GetValueOrDefault(b.Id) ?? ServiceFigures.None, pointsPerYuan)).ToList();

        (decimal Weight, Func<BranchKpisDto, decimal?> Value)[] scored =
        [
            (weights.NewCards, r => r.NewCards),
            (weights.ActivationRate, r => r.ActivationRate),
            (weights.ActiveMembers, r => r.ActiveMembers),
            (weights.PurchaseFrequency, r => r.PurchaseFrequency),
            (weights.AverageSpend, r => r.AverageSpend),
            (weights.Redemptions, r => r.Redemptions),
            (weights.Satisfaction, r => r.Satisfaction),
        ];
        var used = scored.Where(s => s.Weight > 0 && rows.Any(r => s.Value(r) is not null)).ToList();
        var totalWeight = used.Sum(s => s.Weight);

        // Each KPI's values sorted once, so a branch's percentile is two binary searches: the month page ranks
        // 200 branches, the trend twelve months of them.
        var columns = used.Select(s => Sorted(rows.Select(r => s.Value(r) ?? decimal.MinValue))).ToList();
        var scores = rows.Select(row => totalWeight == 0
            ? 0m
            : decimal.Round(used.Select((s, k) => s.Weight * Percentile(columns[k], s.Value(row))).Sum() / totalWeight * 100m, 1,
                MidpointRounding.AwayFromZero)).ToList();
        var descending = Sorted(scores.Select(s => -s));

        var ranked = rows.Select((row, i) => row with
        {
            Score = scores[i],
            Rank = 1 + LowerBound(descending, -scores[i]),
            RankedBranches = rows.Count,
        }).ToList();
        return ranked.Select(r => r with { Grade = GradeFor(r.Rank, rows.Count) })
            .OrderBy(r => r.Rank).ThenBy(r => r.BranchCode, StringComparer.Ordinal).ToList();
    }

    public static string GradeFor(int rank, int branches)
    {
        var position = (decimal)(rank - 1) / branches;
        return position < 0.25m ? "A" : position < 0.5m ? "B" : position < 0.75m ? "C" : "D";
    }

    /// <summary>Share of the other branches this value beats, a tie counting half: 0 (last) to 1 (first).</summary>
    private static decimal Percentile(decimal[] sorted, decimal? value)
    {
        if (sorted.Length == 1)
        {
            return 1m;
        }

        var v = value ?? decimal.MinValue;
        var below = LowerBound(sorted, v);
        var equal = UpperBound(sorted, v) - below - 1;
        return (below + (equal / 2m)) / (sorted.Length - 1);
    }

    private static decimal[] Sorted(IEnumerable<decimal> values)
    {
        var array = values.ToArray();
        Array.Sort(array);
        return array;
    }

    /// <summary>How many values are less than <paramref name="value"/>.</summary>
    private static int LowerBound(decimal[] sorted, decimal value)
    {
        var (lo, hi) = (0, sorted.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = sorted[mid] < value ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }

    /// <summary>How many values are less than or equal to <paramref name="value"/>.</summary>
    private static int UpperBound(decimal[] sorted, decimal value)
    {
        var (lo, hi) = (0, sorted.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = sorted[mid] <= value ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }

    private static BranchKpisDto Row(KpiMonth month, BranchRef branch, BranchTotals t, long outstanding, ServiceFigures s, int pointsPerYuan)
    {
        var netSpend = t.PurchaseAmount - t.ReturnedAmount;
        return new BranchKpisDto(
            branch.Id.Value, branch.Code, branch.Name, month.ToString(),
            t.NewCards, t.NewCardsActivated, Ratio(t.NewCardsActivated, t.NewCards, 4),
            t.ActiveMembers, t.Purchases, Ratio(t.Purchases, t.ActiveMembers, 2),
            Yuan.Of(netSpend), t.Purchases == 0 ? null : Yuan.Of(netSpend / t.Purchases), Yuan.Of(t.ReturnedAmount),
            t.Redemptions, t.PointsIssued, t.PointsRedeemedNet, t.PointsExpired, t.PointsAdjusted,
            outstanding, Yuan.Of((decimal)outstanding / pointsPerYuan),
            s.Complaints, s.MedianHandlingHours, s.Satisfaction, s.CampaignParticipants, s.CampaignSpendUplift,
            Score: 0m, Rank: 0, Grade: string.Empty, RankedBranches: 0);
    }

    private static decimal? Ratio(decimal part, decimal whole, int decimals) =>
        whole == 0 ? null : decimal.Round(part / whole, decimals, MidpointRounding.AwayFromZero);
}
