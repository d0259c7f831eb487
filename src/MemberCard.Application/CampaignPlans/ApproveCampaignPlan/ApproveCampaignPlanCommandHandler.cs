namespace MemberCard.Application.CampaignPlans.ApproveCampaignPlan;

using Mediator;
using MemberCard.Application.Common.Interfaces;

public sealed class ApproveCampaignPlanCommandHandler(IMemberCardDbContext db, TimeProvider clock)
    : ICommandHandler<ApproveCampaignPlanCommand, CampaignPlanDto>
{
    public async ValueTask<CampaignPlanDto> Handle(ApproveCampaignPlanCommand command, CancellationToken cancellationToken)
    {
        var plan = await CampaignPlanViews.LoadAsync(db, command.PlanId, tracked: true, cancellationToken);
        if (plan.Approve(command.Multiplier, clock.GetUtcNow()) is { } campaign)
        {
            db.PointsCampaigns.Add(campaign);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await CampaignPlanViews.ToDtoAsync(db, plan, cancellationToken);
    }
}
