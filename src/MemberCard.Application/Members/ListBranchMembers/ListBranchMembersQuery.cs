namespace MemberCard.Application.Members.ListBranchMembers;

using Mediator;
using MemberCard.Application.Common.Models;

/// <summary>
/// The caller's members, newest first. <see cref="Search"/> matches a name fragment, the last digits of a
/// phone (4 or more) or a card number.
/// </summary>
public sealed record ListBranchMembersQuery(string? Search, int Page = 1, int PageSize = 20) : IQuery<PagedResult<MemberListItemDto>>;
