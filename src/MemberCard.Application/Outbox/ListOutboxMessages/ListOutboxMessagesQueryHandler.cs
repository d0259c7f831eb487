namespace MemberCard.Application.Outbox.ListOutboxMessages;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;

public sealed class ListOutboxMessagesQueryHandler(IReadModelDb db)
    : IQueryHandler<ListOutboxMessagesQuery, PagedResult<OutboxMessageDto>>
{
    public async ValueTask<PagedResult<OutboxMessageDto>> Handle(ListOutboxMessagesQuery query, CancellationToken cancellationToken)
    {
        var messages = db.OutboxMessages.AsNoTracking();
        if (query.Status is { } status)
        {
            messages = messages.Where(m => m.Status == status);
        }

        if (query.MemberId is { } memberId)
        {
            var id = new MemberId(memberId);
            messages = messages.Where(m => m.MemberId == id);
        }

        var total = await messages.CountAsync(cancellationToken);
        var page = await messages
            .OrderByDescending(m => m.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new PagedResult<OutboxMessageDto>([.. page.Select(OutboxMessageDto.From)], query.Page, query.PageSize, total);
    }
}
