namespace MemberCard.Application.CampaignPlans;

using MemberCard.Application.CampaignPlans.GetCampaignResults;
using MemberCard.Application.Common.Models;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Campaigns;
using MemberCard.Domain.Members;
using MemberCard.Domain.Programme;
using MemberCard.Domain.Purchases;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// How a campaign is measured from the data, shared by a plan's results and the campaign KPIs so both give the
/// same numbers. The caller passes the purchases and cards to read: a plan's results read them in the caller's
/// scope, the KPI board past it (ranking needs every branch).
/// </summary>
public static class CampaignMeasure
{
    /// <summary>
    /// Members who bought at the branch in the period (each once) and what they spent. Purchases are dated by
    /// business date; a return counts against the purchase it undoes, so a campaign's spend is what its
    /// purchases were finally worth. The branch is a measure, not scoping.
    /// </summary>
    public static async Task<(int Participants, decimal Spend)> SalesAsync(
        IQueryable<Purchase> purchases, BranchId branchId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var inPeriod = purchases.AsNoTracking().Where(p => p.BranchId == branchId && p.BusinessDate >= from && p.BusinessDate <= to);
        var participants = await inPeriod.Select(p => p.MemberId).Distinct().CountAsync(cancellationToken);
        var spend = await inPeriod.SumAsync(p => p.NetAmount - p.ReturnedAmount, cancellationToken);
        return (participants, Yuan.Of(spend));
    }

    /// <summary>Sales plus first cards the branch issued in the period (replacement cards are not new members).</summary>
    public static async Task<PeriodFigures> FiguresAsync(
        IQueryable<Purchase> purchases, IQueryable<Card> cards, BranchId branchId, DateOnly from, DateOnly to, ProgrammeSettings programme,
        CancellationToken cancellationToken)
    {
        var (participants, spend) = await SalesAsync(purchases, branchId, from, to, cancellationToken);

        // Cards carry an instant: the business dates become the local midnights that bound them.
        var start = StartOfDay(from, programme.BusinessTimeZone);
        var end = StartOfDay(to.AddDays(1), programme.BusinessTimeZone);
        var newMembers = await cards.AsNoTracking()
            .CountAsync(c => c.IssuingBranchId == branchId && c.ReplacesCardId == null && c.IssuedAt >= start && c.IssuedAt < end, cancellationToken);
        return new PeriodFigures(from, to, participants, spend, newMembers);
    }

    /// <summary>Change against the baseline as a percentage (2 places); null when the baseline is zero.</summary>
    public static decimal? Uplift(decimal current, decimal baseline) =>
        baseline == 0m ? null : decimal.Round((current - baseline) * 100m / baseline, 2, MidpointRounding.AwayFromZero);

    /// <summary>The plan's own period and the baseline (the same number of days right before it).</summary>
    public static ((DateOnly From, DateOnly To) Campaign, (DateOnly From, DateOnly To) Baseline) Periods(CampaignPlan plan) =>
        ((plan.StartsOn, plan.EndsOn), plan.BaselinePeriod());

    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), zone), TimeSpan.Zero);
}
