namespace MemberCard.Application.Referrals.GetReferralSummary;

using Mediator;

/// <summary>
/// Referrals per branch for a month (default: the current one) and how many of them converted to a first
/// purchase: head office sees every branch, a branch its own row.
/// </summary>
public sealed record GetReferralSummaryQuery(string? Month) : IQuery<ReferralSummaryDto>;
