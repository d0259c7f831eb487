namespace MemberCard.Application.Outbox.ListOutboxMessages;

using Mediator;
using MemberCard.Application.Common.Models;
using MemberCard.Domain.Outbox;

/// <summary>Head office looks at the outbox, newest first; by default the parked (failed) messages.</summary>
public sealed record ListOutboxMessagesQuery(OutboxStatus? Status = OutboxStatus.Failed, Guid? MemberId = null, int Page = 1, int PageSize = 20)
    : IQuery<PagedResult<OutboxMessageDto>>;
