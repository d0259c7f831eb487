namespace MemberCard.Infrastructure.Kpis;

using MemberCard.Application.CampaignPlans;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Kpis.Common;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The service KPIs of every branch for a period (definitions: docs/kpis.md). Complaints are those submitted
/// in the period (one indexed range read of the period's complaints of all branches); campaigns are the
/// approved plans that ended in the period, each measured over its whole run against the same number of days
/// before it, exactly as its own results are (<see cref="CampaignMeasure"/>). Like the rest of the KPI board
/// these reads ignore the branch filter on purpose: ranking needs every branch, and a branch gets back only
/// its own row.
/// </summary>
internal sealed class KpiServiceFigures(IReadModelDb db) : IKpiServiceFigures
{
    // The trend asks month by month within one request: branches and the time zone are read once.
    private IReadOnlyList<BranchId>? _branches;
    private TimeZoneInfo? _zone;

    public async Task<IReadOnlyDictionary<BranchId, ServiceFigures>> ForPeriodAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        _branches ??= await db.Branches.AsNoTracking().Select(b => b.Id).ToListAsync(cancellationToken);
        _zone ??= (await db.Programme.AsNoTracking().SingleAsync(cancellationToken)).BusinessTimeZone;
        var start = CampaignMeasure.StartOfDay(from, _zone);
        var end = CampaignMeasure.StartOfDay(to.AddDays(1), _zone);

        var complaints = await db.Complaints.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.SubmittedAt >= start && c.SubmittedAt < end)
            .Select(c => new { c.BranchId, c.SubmittedAt, c.ResolvedAt, c.SatisfactionScore })
            .ToListAsync(cancellationToken);
        var byBranch = complaints.ToLookup(c => c.BranchId);

        var plans = await db.CampaignPlans.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.Status == CampaignPlanStatus.Approved && p.EndsOn >= from && p.EndsOn <= to)
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
        var campaigns = new Dictionary<BranchId, (int Participants, decimal Spend, decimal Baseline)>();
        var purchases = db.Purchases.IgnoreQueryFilters();
        foreach (var plan in plans)
        {
            var (period, basePeriod) = CampaignMeasure.Periods(plan);
            var during = await CampaignMeasure.SalesAsync(purchases, plan.BranchId, period.From, period.To, cancellationToken);
            var before = await CampaignMeasure.SalesAsync(purchases, plan.BranchId, basePeriod.From, basePeriod.To, cancellationToken);
            var sum = campaigns.GetValueOrDefault(plan.BranchId);
            campaigns[plan.BranchId] = (sum.Participants + during.Participants, sum.Spend + during.Spend, sum.Baseline + before.Spend);
        }

        var figures = new Dictionary<BranchId, ServiceFigures>();
        foreach (var branchId in _branches)
        {
            var own = byBranch[branchId].ToList();
            var hours = own.Where(c => c.ResolvedAt is not null)
                .Select(c => (decimal)(c.ResolvedAt!.Value - c.SubmittedAt).TotalHours).Order().ToList();
            var scores = own.Where(c => c.SatisfactionScore is not null).Select(c => (decimal)c.SatisfactionScore!.Value).ToList();
            var ran = campaigns.TryGetValue(branchId, out var campaign);
            figures[branchId] = new ServiceFigures(
                own.Count,
                Median(hours),
                scores.Count == 0 ? null : Round(scores.Average()),
                ran ? campaign.Participants : null,
                ran ? CampaignMeasure.Uplift(campaign.Spend, campaign.Baseline) : null);
        }

        return figures;
    }

    private static decimal? Median(List<decimal> sorted) =>
        sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? Round(sorted[sorted.Count / 2])
        : Round((sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2m);

    private static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
}
