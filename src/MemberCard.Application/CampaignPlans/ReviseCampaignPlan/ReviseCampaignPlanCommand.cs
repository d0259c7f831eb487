namespace MemberCard.Application.CampaignPlans.ReviseCampaignPlan;

using Mediator;
using MemberCard.Domain.Campaigns;

/// <summary>The branch replaces the details of its draft plan (PUT semantics); a submitted plan cannot change (409).</summary>
public sealed record ReviseCampaignPlanCommand(
    Guid PlanId, string? Title, string? Goal, string? Channel, DateOnly? StartsOn, DateOnly? EndsOn, decimal? Budget, CampaignPlanKind? Kind,
    IReadOnlyList<string>? TargetCategories)
    : ICommand<CampaignPlanDto>, ICampaignPlanDetails;
