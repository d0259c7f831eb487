namespace MemberCard.Application.Referrals.ListReferrals;

using Mediator;
using MemberCard.Application.Common.Models;
using MemberCard.Domain.Referrals;

/// <summary>Referrals the caller may see, newest first; head office filters by status to review the refused ones.</summary>
public sealed record ListReferralsQuery(ReferralStatus? Status, int Page = 1, int PageSize = 50) : IQuery<PagedResult<ReferralDto>>;
