namespace MemberCard.Application.CampaignPlans.GetCampaignResults;

using Mediator;

/// <summary>A plan's results measured from the data, against the same number of days right before it.</summary>
public sealed record GetCampaignResultsQuery(Guid PlanId) : IQuery<CampaignResultsDto>;
