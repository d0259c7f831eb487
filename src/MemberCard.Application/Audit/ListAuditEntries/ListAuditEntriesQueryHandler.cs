namespace MemberCard.Application.Audit.ListAuditEntries;

using System.Text.Json;
using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using Microsoft.EntityFrameworkCore;

public sealed class ListAuditEntriesQueryHandler(IReadModelDb db) : IQueryHandler<ListAuditEntriesQuery, PagedResult<AuditEntryDto>>
{
    public async ValueTask<PagedResult<AuditEntryDto>> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(query.Action))
        {
            entries = entries.Where(e => e.Action == query.Action);
        }

        if (!string.IsNullOrEmpty(query.SubjectId))
        {
            entries = entries.Where(e => e.SubjectId == query.SubjectId);
        }

        if (query.BranchId is { } branchId)
        {
            entries = entries.Where(e => e.BranchId == branchId);
        }

        var total = await entries.CountAsync(cancellationToken);
        var page = await entries.OrderByDescending(e => e.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        var items = page.Select(e => new AuditEntryDto(
            e.Id, e.OccurredAt, e.Action, e.ActorKind, e.ActorId, e.BranchId, e.SubjectType, e.SubjectId,
            JsonDocument.Parse(e.Details).RootElement.Clone(), e.CorrelationId)).ToList();
        return new PagedResult<AuditEntryDto>(items, query.Page, query.PageSize, total);
    }
}
