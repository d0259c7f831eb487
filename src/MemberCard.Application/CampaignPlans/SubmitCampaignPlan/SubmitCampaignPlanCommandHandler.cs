namespace MemberCard.Application.CampaignPlans.SubmitCampaignPlan;

using Mediator;
using MemberCard.Application.Common.Interfaces;

public sealed class SubmitCampaignPlanCommandHandler(IMemberCardDbContext db, TimeProvider clock)
    : ICommandHandler<SubmitCampaignPlanCommand, CampaignPlanDto>
{
    public async ValueTask<CampaignPlanDto> Handle(SubmitCampaignPlanCommand command, CancellationToken cancellationToken)
    {
        var plan = await CampaignPlanViews.LoadAsync(db, command.PlanId, tracked: true, cancellationToken);
        plan.Submit(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await CampaignPlanViews.ToDtoAsync(db, plan, cancellationToken);
    }
}
