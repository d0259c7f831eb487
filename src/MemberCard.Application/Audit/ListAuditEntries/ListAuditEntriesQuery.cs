namespace MemberCard.Application.Audit.ListAuditEntries;

using Mediator;
using MemberCard.Application.Common.Models;

public sealed record ListAuditEntriesQuery(string? Action, string? SubjectId, Guid? BranchId, int Page = 1, int PageSize = 50)
    : IQuery<PagedResult<AuditEntryDto>>;
