namespace MemberCard.Domain.Outbox;

public enum OutboxStatus
{
    /// <summary>Waiting for its first or next attempt.</summary>
    Pending,

    /// <summary>Delivered, skipped (nothing to tell) or folded into a later delivery of the same member.</summary>
    Sent,

    /// <summary>Parked: a permanent error, or transient errors on every allowed attempt. Head office can retry it.</summary>
    Failed,
}
