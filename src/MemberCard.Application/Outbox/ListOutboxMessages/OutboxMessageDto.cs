namespace MemberCard.Application.Outbox.ListOutboxMessages;

using MemberCard.Domain.Outbox;

public sealed record OutboxMessageDto(
    long Id,
    string Kind,
    Guid? MemberId,
    string Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? ProcessedAt,
    string? LastError,
    string? Outcome)
{
    public static OutboxMessageDto From(OutboxMessage m) => new(
        m.Id, m.Kind, m.MemberId?.Value, m.Status.ToString(), m.Attempts, m.CreatedAt, m.NextAttemptAt, m.ProcessedAt, m.LastError, m.Outcome);
}
