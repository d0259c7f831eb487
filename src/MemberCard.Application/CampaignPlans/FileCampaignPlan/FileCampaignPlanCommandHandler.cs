namespace MemberCard.Application.CampaignPlans.FileCampaignPlan;

using Mediator;
using MemberCard.Application.Checkout.Common;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Campaigns;

public sealed class FileCampaignPlanCommandHandler(IMemberCardDbContext db, ICurrentPrincipal principal, TimeProvider clock)
    : ICommandHandler<FileCampaignPlanCommand, CampaignPlanDto>
{
    public async ValueTask<CampaignPlanDto> Handle(FileCampaignPlanCommand command, CancellationToken cancellationToken)
    {
        var branchId = CheckoutPricing.RequireBranch(principal);
        var plan = CampaignPlan.File(branchId, command.Title!, command.Goal!, command.Channel!, command.Kind!.Value, command.StartsOn!.Value,
            command.EndsOn!.Value, command.Budget!.Value, command.TargetCategories ?? [], clock.GetUtcNow(), command.Draft);
        db.CampaignPlans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return await CampaignPlanViews.ToDtoAsync(db, plan, cancellationToken);
    }
}
