namespace MemberCard.Application.CampaignPlans.ListCampaignPlans;

using Mediator;
using MemberCard.Application.Common.Models;
using MemberCard.Domain.Campaigns;

/// <summary>Campaign plans the caller may see (a branch its own, head office all), latest start first.</summary>
public sealed record ListCampaignPlansQuery(CampaignPlanStatus? Status, string? BranchCode, int Page = 1, int PageSize = 50)
    : IQuery<PagedResult<CampaignPlanDto>>;
