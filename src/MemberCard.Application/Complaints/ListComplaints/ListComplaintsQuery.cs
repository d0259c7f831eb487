namespace MemberCard.Application.Complaints.ListComplaints;

using Mediator;
using MemberCard.Application.Common.Models;
using MemberCard.Domain.Complaints;

/// <summary>
/// Complaints the caller may see (head office all, a branch those about it, a shopper their own), soonest
/// deadline first. Overdue means not resolved by the deadline.
/// </summary>
public sealed record ListComplaintsQuery(ComplaintStatus? Status, bool? Overdue, string? BranchCode, int Page = 1, int PageSize = 50)
    : IQuery<PagedResult<ComplaintDto>>;
