namespace MemberCard.Domain.Audit;

/// <summary>Who did what, for which branch, when. Append-only: nothing updates or deletes an entry.</summary>
public sealed class AuditEntry
{
    public const int ActionMaxLength = 64;
    public const int ActorMaxLength = 64;

    private AuditEntry()
    {
        Action = string.Empty;
        ActorKind = string.Empty;
        ActorId = string.Empty;
        SubjectType = string.Empty;
        SubjectId = string.Empty;
        Details = "{}";
    }

    public long Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string Action { get; private set; }

    public string ActorKind { get; private set; }

    public string ActorId { get; private set; }

    public Guid? BranchId { get; private set; }

    public string SubjectType { get; private set; }

    public string SubjectId { get; private set; }

    /// <summary>JSON with ids and card numbers only: no names, phones or tokens.</summary>
    public string Details { get; private set; }

    public string? CorrelationId { get; private set; }

    public static AuditEntry Record(DateTimeOffset occurredAt, string action, string actorKind, string actorId, Guid? branchId,
        string subjectType, string subjectId, string details, string? correlationId) => new()
        {
            OccurredAt = occurredAt,
            Action = action,
            ActorKind = actorKind,
            ActorId = actorId,
            BranchId = branchId,
            SubjectType = subjectType,
            SubjectId = subjectId,
            Details = details,
            CorrelationId = correlationId,
        };
}
