namespace MemberCard.Application.Kpis.Common;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Kpis;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Reads the rollups of every branch for a period. Ranking needs all branches whoever asks, so these are the
/// one reviewed cross-branch reads of the KPI feature (they ignore the branch filter on purpose); what a branch
/// gets back is only its own row, with its rank and grade.
/// </summary>
public static class KpiBoard
{
    /// <summary>
    /// A month's report; every row carries the same branch's row of the month before (ranked the same way, among
    /// the same branches, with today's weights). Both months come from the same reads: one grouped read of the
    /// two months' monthly rows, one of the points balance at the month's end and the month's change.
    /// </summary>
    public static async Task<KpiReportDto> MonthAsync(
        IMemberCardDbContext db, IKpiServiceFigures serviceFigures, KpiMonth month, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var previous = month.Plus(-1);
        var (first, last, previousFirst) = (month.First, month.Last, previous.First);
        var totals = await TotalsByMonthAsync(db, previous, month, cancellationToken);
        var outstanding = await db.LiveBranchPointsAt(first).IgnoreQueryFilters().AsNoTracking()
            .Select(p => new { p.BranchId, p.ClosingPoints, p.NetPoints })
            .ToListAsync(cancellationToken);
        var (branches, weights, pointsPerYuan) = await SettingsAsync(db, now, cancellationToken);
        var service = await serviceFigures.ForPeriodAsync(first, last, cancellationToken);
        var previousService = await serviceFigures.ForPeriodAsync(previousFirst, previous.Last, cancellationToken);

        var earlier = KpiScoring.Rank(previous, branches, MonthOf(totals, previous),
            outstanding.ToDictionary(p => p.BranchId, p => p.ClosingPoints - p.NetPoints), previousService, weights, pointsPerYuan)
            .ToDictionary(r => r.BranchId);
        var rows = KpiScoring.Rank(month, branches, MonthOf(totals, month),
            outstanding.ToDictionary(p => p.BranchId, p => p.ClosingPoints), service, weights, pointsPerYuan)
            .Select(r => r with { Previous = earlier[r.BranchId] })
            .ToList();
        return new KpiReportDto(month.ToString(), first, last, pointsPerYuan, KpiWeightsDto.From(weights), rows);
    }

    /// <summary>
    /// Month by month over a range: one grouped read of the monthly rows (with each month's points change), one
    /// of the points balance at the end of the month before the range, carried forward month by month.
    /// </summary>
    public static async Task<IReadOnlyList<KpiReportDto>> MonthsAsync(
        IMemberCardDbContext db, IKpiServiceFigures serviceFigures, KpiMonth from, KpiMonth to, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var totals = await TotalsByMonthAsync(db, from, to, cancellationToken);
        var opening = await db.LiveBranchPointsAt(from.Plus(-1).First).IgnoreQueryFilters().AsNoTracking()
            .Select(p => new { p.BranchId, p.ClosingPoints })
            .ToListAsync(cancellationToken);
        var (branches, weights, pointsPerYuan) = await SettingsAsync(db, now, cancellationToken);

        var reports = new List<KpiReportDto>();
        var running = opening.ToDictionary(p => p.BranchId, p => p.ClosingPoints);
        for (var month = from; month.First <= to.First; month = month.Plus(1))
        {
            var monthTotals = MonthOf(totals, month);
            foreach (var (branchId, t) in monthTotals)
            {
                running[branchId] = running.GetValueOrDefault(branchId) + t.NetPoints;
            }

            var service = await serviceFigures.ForPeriodAsync(month.First, month.Last, cancellationToken);
            var rows = KpiScoring.Rank(month, branches, monthTotals, new Dictionary<BranchId, long>(running), service, weights, pointsPerYuan);
            reports.Add(new KpiReportDto(month.ToString(), month.First, month.Last, pointsPerYuan, KpiWeightsDto.From(weights), rows));
        }

        return reports;
    }

    /// <summary>The monthly rows of a range of months summed per branch and month, in one grouped read.</summary>
    private static async Task<Dictionary<KpiMonth, Dictionary<BranchId, BranchTotals>>> TotalsByMonthAsync(
        IMemberCardDbContext db, KpiMonth from, KpiMonth to, CancellationToken cancellationToken)
    {
        var (first, last) = (from.First, to.First);
        var rows = await db.LiveBranchMonthlyStats.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.Month >= first && s.Month <= last)
            .GroupBy(s => new { s.BranchId, s.Month })
            .Select(g => new
            {
                g.Key.Month,
                Totals = new BranchTotals(
                    g.Key.BranchId, g.Sum(s => s.NewCards), g.Sum(s => s.NewCardsActivated), g.Sum(s => s.ActiveMembers), g.Sum(s => s.Purchases),
                    g.Sum(s => s.PurchaseAmount), g.Sum(s => s.ReturnedAmount), g.Sum(s => s.Redemptions), g.Sum(s => s.PointsEarned),
                    g.Sum(s => s.PointsReversed), g.Sum(s => s.PointsGifted), g.Sum(s => s.PointsAdjusted), g.Sum(s => s.PointsRedeemed),
                    g.Sum(s => s.PointsPaid), g.Sum(s => s.PointsRefunded), g.Sum(s => s.PointsExpired), g.Sum(s => s.NetPoints)),
            })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => KpiMonth.Of(r.Month))
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Totals.BranchId, r => r.Totals));
    }

    private static Dictionary<BranchId, BranchTotals> MonthOf(Dictionary<KpiMonth, Dictionary<BranchId, BranchTotals>> byMonth, KpiMonth month) =>
        byMonth.TryGetValue(month, out var totals) ? totals : new Dictionary<BranchId, BranchTotals>();

    /// <summary>The month asked for, or the one before today's; the programme's time zone is read only for the default.</summary>
    public static async Task<KpiMonth> MonthOrPreviousAsync(IMemberCardDbContext db, string? month, DateTimeOffset now, CancellationToken cancellationToken) =>
        month is null ? KpiMonth.OrPrevious(null, await TodayAsync(db, now, cancellationToken)) : KpiMonth.Parse(month);

    /// <summary>Today's business date in the programme's time zone, for the default month.</summary>
    public static async Task<DateOnly> TodayAsync(IMemberCardDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var zone = await db.Programme.AsNoTracking().Select(p => p.TimeZone).SingleAsync(cancellationToken);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime);
    }

    public static async Task<KpiWeights> WeightsAsync(IMemberCardDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.KpiWeights.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? KpiWeights.Default(now);

    private static async Task<(IReadOnlyList<BranchRef> Branches, KpiWeights Weights, int PointsPerYuan)> SettingsAsync(
        IMemberCardDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Every branch of the chain is ranked, including one without activity (it ranks last, as it should).
        var branches = await db.Branches.AsNoTracking().OrderBy(b => b.Code)
            .Select(b => new BranchRef(b.Id, b.Code, b.Name)).ToListAsync(cancellationToken);
        var weights = await WeightsAsync(db, now, cancellationToken);
        var pointsPerYuan = await db.Programme.AsNoTracking().Select(p => p.PointsPerYuan).SingleAsync(cancellationToken);
        return (branches, weights, pointsPerYuan);
    }
}
