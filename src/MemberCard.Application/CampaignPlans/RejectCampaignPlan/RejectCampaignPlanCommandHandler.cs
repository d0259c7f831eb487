namespace MemberCard.Application.CampaignPlans.RejectCampaignPlan;

using Mediator;
using MemberCard.Application.Common.Interfaces;

public sealed class RejectCampaignPlanCommandHandler(IMemberCardDbContext db, TimeProvider clock)
    : ICommandHandler<RejectCampaignPlanCommand, CampaignPlanDto>
{
    public async ValueTask<CampaignPlanDto> Handle(RejectCampaignPlanCommand command, CancellationToken cancellationToken)
    {
        var plan = await CampaignPlanViews.LoadAsync(db, command.PlanId, tracked: true, cancellationToken);
        plan.Reject(command.Reason!, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await CampaignPlanViews.ToDtoAsync(db, plan, cancellationToken);
    }
}
