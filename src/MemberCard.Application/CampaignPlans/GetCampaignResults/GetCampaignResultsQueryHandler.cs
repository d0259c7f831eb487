namespace MemberCard.Application.CampaignPlans.GetCampaignResults;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

public sealed class GetCampaignResultsQueryHandler(IReadModelDb db) : IQueryHandler<GetCampaignResultsQuery, CampaignResultsDto>
{
    public async ValueTask<CampaignResultsDto> Handle(GetCampaignResultsQuery query, CancellationToken cancellationToken)
    {
        var plan = await CampaignPlanViews.LoadAsync(db, query.PlanId, tracked: false, cancellationToken);
        var programme = await db.Programme.AsNoTracking().SingleAsync(cancellationToken);
        var (period, basePeriod) = CampaignMeasure.Periods(plan);
        var campaign = await CampaignMeasure.FiguresAsync(db.Purchases, db.Cards, plan.BranchId, period.From, period.To, programme, cancellationToken);
        var baseline = await CampaignMeasure.FiguresAsync(db.Purchases, db.Cards, plan.BranchId, basePeriod.From, basePeriod.To, programme, cancellationToken);
        return new CampaignResultsDto(
            plan.Id, await CampaignPlanViews.BranchCodeAsync(db, plan.BranchId, cancellationToken), plan.Status, campaign, baseline,
            CampaignMeasure.Uplift(campaign.Spend, baseline.Spend), CampaignMeasure.Uplift(campaign.Participants, baseline.Participants));
    }
}
