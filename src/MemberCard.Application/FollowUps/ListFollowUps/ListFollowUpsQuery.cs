namespace MemberCard.Application.FollowUps.ListFollowUps;

using Mediator;
using MemberCard.Application.Common.Models;
using MemberCard.Application.FollowUps.Common;
using MemberCard.Domain.FollowUps;

/// <summary>
/// Follow-up tasks by due date: the home branch's own (head office all). <see cref="Due"/> is
/// <c>before:YYYY-MM-DD</c>, due before that business date begins.
/// </summary>
public sealed record ListFollowUpsQuery(string? Due, FollowUpStatus? Status, FollowUpKind? Kind, int Page = 1, int PageSize = 50)
    : IQuery<PagedResult<FollowUpTaskDto>>;
