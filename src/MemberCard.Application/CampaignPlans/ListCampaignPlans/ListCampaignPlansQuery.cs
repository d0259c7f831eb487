namespace MemberCard.Application.CampaignPlans.ListCampaignPlans;

using Mediator;
using MemberCard.Application.Common.Models;
using MemberCard.Domain.Campaigns;

/// <summary>
/// Campaign plans the caller may see (a branch its own, head office all), latest start first. Drafts are the
/// branch's own work in progress: head office lists leave them out (<see cref="IncludeDrafts"/> false).
/// </summary>
public sealed record ListCampaignPlansQuery(CampaignPlanStatus? Status, string? BranchCode, bool IncludeDrafts, int Page = 1, int PageSize = 50)
    : IQuery<PagedResult<CampaignPlanDto>>;
