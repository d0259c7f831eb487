namespace MemberCard.Application.FollowUps.ListFollowUps;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using MemberCard.Application.FollowUps.Common;
using Microsoft.EntityFrameworkCore;

public sealed class ListFollowUpsQueryHandler(IMemberCardDbContext db)
    : IQueryHandler<ListFollowUpsQuery, PagedResult<FollowUpTaskDto>>
{
    public async ValueTask<PagedResult<FollowUpTaskDto>> Handle(ListFollowUpsQuery query, CancellationToken cancellationToken)
    {
        var tasks = db.FollowUpTasks.AsNoTracking();
        if (DueFilter.ParseBefore(query.Due) is { } before)
        {
            // "Before a date" is before that business day begins in the programme's time zone.
            var timeZone = (await db.Programme.AsNoTracking().SingleAsync(cancellationToken)).BusinessTimeZone;
            var start = before.ToDateTime(TimeOnly.MinValue);
            var cutoff = new DateTimeOffset(start, timeZone.GetUtcOffset(start)).ToUniversalTime();
            tasks = tasks.Where(t => t.DueAt < cutoff);
        }

        if (query.Status is { } status)
        {
            tasks = tasks.Where(t => t.Status == status);
        }

        if (query.Kind is { } kind)
        {
            tasks = tasks.Where(t => t.Kind == kind);
        }

        var total = await tasks.CountAsync(cancellationToken);
        var page = tasks.OrderBy(t => t.DueAt).ThenBy(t => t.Id).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize);
        return new PagedResult<FollowUpTaskDto>(await FollowUpTaskViews.LoadAsync(db, page, cancellationToken), query.Page, query.PageSize, total);
    }
}
