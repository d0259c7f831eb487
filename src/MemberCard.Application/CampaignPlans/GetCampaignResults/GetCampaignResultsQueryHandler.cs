namespace MemberCard.Application.CampaignPlans.GetCampaignResults;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Programme;
using Microsoft.EntityFrameworkCore;

public sealed class GetCampaignResultsQueryHandler(IMemberCardDbContext db) : IQueryHandler<GetCampaignResultsQuery, CampaignResultsDto>
{
    public async ValueTask<CampaignResultsDto> Handle(GetCampaignResultsQuery query, CancellationToken cancellationToken)
    {
        var plan = await CampaignPlanViews.LoadAsync(db, query.PlanId, tracked: false, cancellationToken);
        var programme = await db.Programme.AsNoTracking().SingleAsync(cancellationToken);
        var (baseFrom, baseTo) = plan.BaselinePeriod();
        var campaign = await FiguresAsync(plan.BranchId, plan.StartsOn, plan.EndsOn, programme, cancellationToken);
        var baseline = await FiguresAsync(plan.BranchId, baseFrom, baseTo, programme, cancellationToken);
        return new CampaignResultsDto(
            plan.Id, await CampaignPlanViews.BranchCodeAsync(db, plan.BranchId, cancellationToken), plan.Status, campaign, baseline,
            Uplift(campaign.Spend, baseline.Spend), Uplift(campaign.Participants, baseline.Participants));
    }

    private async Task<PeriodFigures> FiguresAsync(BranchId branchId, DateOnly from, DateOnly to, ProgrammeSettings programme, CancellationToken ct)
    {
        // The branch here is the plan's, a measure and not scoping: head office asks about any branch. Purchases
        // are dated by business date; a return counts against the purchase it undoes, so a campaign's spend is
        // what its purchases were finally worth.
        var purchases = db.Purchases.AsNoTracking().Where(p => p.BranchId == branchId && p.BusinessDate >= from && p.BusinessDate <= to);
        var participants = await purchases.Select(p => p.MemberId).Distinct().CountAsync(ct);
        var spend = await purchases.SumAsync(p => p.NetAmount - p.ReturnedAmount, ct);

        // Cards carry an instant: the business dates become the local midnights that bound them. Replacement
        // cards are not new members.
        var start = StartOfDay(from, programme);
        var end = StartOfDay(to.AddDays(1), programme);
        var newMembers = await db.Cards.AsNoTracking()
            .CountAsync(c => c.IssuingBranchId == branchId && c.ReplacesCardId == null && c.IssuedAt >= start && c.IssuedAt < end, ct);
        return new PeriodFigures(from, to, participants, Yuan.Of(spend), newMembers);
    }

    private static DateTimeOffset StartOfDay(DateOnly date, ProgrammeSettings programme) =>
        new(TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), programme.BusinessTimeZone), TimeSpan.Zero);

    private static decimal? Uplift(decimal current, decimal baseline) =>
        baseline == 0m ? null : decimal.Round((current - baseline) * 100m / baseline, 2, MidpointRounding.AwayFromZero);
}
