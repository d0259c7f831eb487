namespace MemberCard.Application.CampaignPlans.FileCampaignPlan;

using Mediator;
using MemberCard.Domain.Campaigns;

/// <summary>
/// A branch files its monthly or quarterly campaign plan with head office, or with <see cref="Draft"/> keeps
/// it as its own draft to revise and submit later; it is always the caller's branch's plan.
/// </summary>
public sealed record FileCampaignPlanCommand(
    string? Title, string? Goal, string? Channel, DateOnly? StartsOn, DateOnly? EndsOn, decimal? Budget, CampaignPlanKind? Kind,
    IReadOnlyList<string>? TargetCategories, bool Draft = false)
    : ICommand<CampaignPlanDto>, ICampaignPlanDetails;
