namespace MemberCard.Application.CampaignPlans.ApproveCampaignPlan;

using Mediator;

/// <summary>
/// Head office approves a submitted plan. With a multiplier, members earn that many times the points at the
/// plan's branch on its dates (on its target categories, if any), through an earning campaign the till applies.
/// </summary>
public sealed record ApproveCampaignPlanCommand(Guid PlanId, decimal? Multiplier) : ICommand<CampaignPlanDto>;
