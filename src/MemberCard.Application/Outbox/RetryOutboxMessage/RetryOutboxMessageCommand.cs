namespace MemberCard.Application.Outbox.RetryOutboxMessage;

using Mediator;
using MemberCard.Application.Outbox.ListOutboxMessages;

/// <summary>Head office sends a parked message again.</summary>
public sealed record RetryOutboxMessageCommand(long Id) : ICommand<OutboxMessageDto>;
