namespace MemberCard.Domain.Outbox;

using MemberCard.Domain.Common;
using MemberCard.Domain.Members;

/// <summary>
/// Something the outside world (WeChat) must learn of, written in the same transaction as the change it
/// reports and delivered later by the dispatcher. Messages of one member are delivered in <see cref="Id"/>
/// order; the payload names what changed, never a balance: deliveries read the member's state when they send.
/// </summary>
public sealed class OutboxMessage
{
    public const int KindMaxLength = 64;
    public const int TextMaxLength = 500;

    private OutboxMessage()
    {
        Kind = string.Empty;
        Payload = "{}";
    }

    public long Id { get; private set; }

    public string Kind { get; private set; }

    /// <summary>Orders delivery: one member's messages go out one after another, oldest first.</summary>
    public MemberId? MemberId { get; private set; }

    public string Payload { get; private set; }

    public OutboxStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>While set in the future, one dispatcher owns the message.</summary>
    public DateTimeOffset? LeaseUntil { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>What the delivery did: <c>sent</c>, <c>skipped: …</c>, <c>coalesced into #n</c>.</summary>
    public string? Outcome { get; private set; }

    public static OutboxMessage Create(string kind, MemberId? memberId, string payload, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(kind) || kind.Length > KindMaxLength)
        {
            throw new ArgumentException("An outbox message needs a kind of at most 64 characters.", nameof(kind));
        }

        return new OutboxMessage
        {
            Kind = kind,
            MemberId = memberId,
            Payload = payload,
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    /// <summary>Head office sends a parked message again, with a fresh set of attempts.</summary>
    public void Requeue(DateTimeOffset now)
    {
        if (Status != OutboxStatus.Failed)
        {
            throw new DomainException("outbox.not_failed", $"Only a failed message can be retried; this one is {Status}.");
        }

        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        LeaseUntil = null;
        ProcessedAt = null;
        Outcome = null;
    }
}
