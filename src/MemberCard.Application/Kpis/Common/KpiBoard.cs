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
    public static async Task<KpiReportDto> MonthAsync(
        IMemberCardDbContext db, IKpiServiceFigures serviceFigures, KpiMonth month, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (first, last) = (month.First, month.Last);
        var totals = await db.LiveBranchDailyStats.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.BusinessDate >= first && s.BusinessDate <= last)
            .GroupBy(s => s.BranchId)
            .Select(g => new BranchTotals(
                g.Key, g.Sum(s => s.NewCards), g.Sum(s => s.NewCardsActivated), g.Sum(s => s.ActiveMembers), g.Sum(s => s.Purchases),
                g.Sum(s => s.PurchaseAmount), g.Sum(s => s.ReturnedAmount), g.Sum(s => s.Redemptions), g.Sum(s => s.PointsEarned),
                g.Sum(s => s.PointsReversed), g.Sum(s => s.PointsGifted), g.Sum(s => s.PointsAdjusted), g.Sum(s => s.PointsRedeemed),
                g.Sum(s => s.PointsPaid), g.Sum(s => s.PointsRefunded), g.Sum(s => s.PointsExpired)))
            .ToDictionaryAsync(t => t.BranchId, cancellationToken);
        var outstanding = await db.LiveBranchMonthlyPoints.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.Month <= first)
            .GroupBy(p => p.BranchId)
            .Select(g => new { BranchId = g.Key, Points = g.Sum(p => p.NetPoints) })
            .ToDictionaryAsync(p => p.BranchId, p => p.Points, cancellationToken);
        var (branches, weights, pointsPerYuan) = await SettingsAsync(db, now, cancellationToken);
        var service = await serviceFigures.ForPeriodAsync(first, last, cancellationToken);

        var rows = KpiScoring.Rank(month, branches, totals, outstanding, service, weights, pointsPerYuan);
        return new KpiReportDto(month.ToString(), first, last, pointsPerYuan, KpiWeightsDto.From(weights), rows);
    }

    /// <summary>Month by month over a range: one grouped read of the daily rows, one of the monthly points.</summary>
    public static async Task<IReadOnlyList<KpiReportDto>> MonthsAsync(
        IMemberCardDbContext db, IKpiServiceFigures serviceFigures, KpiMonth from, KpiMonth to, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (first, last) = (from.First, to.Last);
        var daily = await db.LiveBranchDailyStats.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.BusinessDate >= first && s.BusinessDate <= last)
            .GroupBy(s => new { s.BranchId, s.BusinessDate.Year, s.BusinessDate.Month })
            .Select(g => new
            {
                g.Key.Year,
                g.Key.Month,
                Totals = new BranchTotals(
                    g.Key.BranchId, g.Sum(s => s.NewCards), g.Sum(s => s.NewCardsActivated), g.Sum(s => s.ActiveMembers), g.Sum(s => s.Purchases),
                    g.Sum(s => s.PurchaseAmount), g.Sum(s => s.ReturnedAmount), g.Sum(s => s.Redemptions), g.Sum(s => s.PointsEarned),
                    g.Sum(s => s.PointsReversed), g.Sum(s => s.PointsGifted), g.Sum(s => s.PointsAdjusted), g.Sum(s => s.PointsRedeemed),
                    g.Sum(s => s.PointsPaid), g.Sum(s => s.PointsRefunded), g.Sum(s => s.PointsExpired)),
            })
            .ToListAsync(cancellationToken);
        var monthlyPoints = await db.LiveBranchMonthlyPoints.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.Month <= last)
            .Select(p => new { p.BranchId, p.Month, Points = p.NetPoints })
            .ToListAsync(cancellationToken);
        var (branches, weights, pointsPerYuan) = await SettingsAsync(db, now, cancellationToken);

        var reports = new List<KpiReportDto>();
        var running = monthlyPoints.Where(p => p.Month < first).GroupBy(p => p.BranchId).ToDictionary(g => g.Key, g => g.Sum(p => p.Points));
        for (var month = from; month.First <= to.First; month = month.Plus(1))
        {
            foreach (var p in monthlyPoints.Where(p => p.Month == month.First))
            {
                running[p.BranchId] = running.GetValueOrDefault(p.BranchId) + p.Points;
            }

            var totals = daily.Where(d => d.Year == month.Year && d.Month == month.Month).ToDictionary(d => d.Totals.BranchId, d => d.Totals);
            var service = await serviceFigures.ForPeriodAsync(month.First, month.Last, cancellationToken);
            var rows = KpiScoring.Rank(month, branches, totals, new Dictionary<BranchId, long>(running), service, weights, pointsPerYuan);
            reports.Add(new KpiReportDto(month.ToString(), month.First, month.Last, pointsPerYuan, KpiWeightsDto.From(weights), rows));
        }

        return reports;
    }

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
