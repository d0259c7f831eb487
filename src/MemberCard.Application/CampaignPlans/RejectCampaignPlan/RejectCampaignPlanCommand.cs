namespace MemberCard.Application.CampaignPlans.RejectCampaignPlan;

using Mediator;

public sealed record RejectCampaignPlanCommand(Guid PlanId, string? Reason) : ICommand<CampaignPlanDto>;
