namespace MemberCard.Application.Milestones.ListMilestoneClaims;

using Mediator;
using MemberCard.Application.Common.Models;
using MemberCard.Domain.Milestones;

/// <summary>
/// Milestone gift claims the caller may see: head office all, a branch its own members', a shopper their own.
/// Soonest to lapse first, so staff hand out what is about to expire.
/// </summary>
public sealed record ListMilestoneClaimsQuery(MilestoneClaimStatus? Status, int Page = 1, int PageSize = 50) : IQuery<PagedResult<MilestoneClaimDto>>;
