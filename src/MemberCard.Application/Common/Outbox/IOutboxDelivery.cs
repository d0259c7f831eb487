namespace MemberCard.Application.Common.Outbox;

using MemberCard.Domain.Outbox;

/// <summary>
/// Delivers one kind of outbox message. Runs in a scope of its own with the System principal. Returns what it
/// did (<c>sent</c>, <c>skipped: …</c>); throws <see cref="WeChat.WeChatApiException"/> when the other side
/// refuses or cannot be reached, and the dispatcher retries or parks the message.
/// </summary>
public interface IOutboxDelivery
{
    string Kind { get; }

    Task<string> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken);
}
