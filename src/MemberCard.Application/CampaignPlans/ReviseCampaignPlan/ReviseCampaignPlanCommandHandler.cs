namespace MemberCard.Application.CampaignPlans.ReviseCampaignPlan;

using Mediator;
using MemberCard.Application.Common.Interfaces;

public sealed class ReviseCampaignPlanCommandHandler(IMemberCardDbContext db, TimeProvider clock)
    : ICommandHandler<ReviseCampaignPlanCommand, CampaignPlanDto>
{
    public async ValueTask<CampaignPlanDto> Handle(ReviseCampaignPlanCommand command, CancellationToken cancellationToken)
    {
        var plan = await CampaignPlanViews.LoadAsync(db, command.PlanId, tracked: true, cancellationToken);
        plan.Revise(command.Title!, command.Goal!, command.Channel!, command.Kind!.Value, command.StartsOn!.Value, command.EndsOn!.Value,
            command.Budget!.Value, command.TargetCategories ?? [], clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await CampaignPlanViews.ToDtoAsync(db, plan, cancellationToken);
    }
}
