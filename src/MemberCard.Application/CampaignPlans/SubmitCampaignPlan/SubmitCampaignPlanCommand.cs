namespace MemberCard.Application.CampaignPlans.SubmitCampaignPlan;

using Mediator;

/// <summary>The branch files its draft plan with head office; from then on it waits for the decision and no longer changes.</summary>
public sealed record SubmitCampaignPlanCommand(Guid PlanId) : ICommand<CampaignPlanDto>;
