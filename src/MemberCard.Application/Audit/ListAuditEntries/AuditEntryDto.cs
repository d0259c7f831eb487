namespace MemberCard.Application.Audit.ListAuditEntries;

using System.Text.Json;

public sealed record AuditEntryDto(
    long Id, DateTimeOffset OccurredAt, string Action, string ActorKind, string ActorId, Guid? BranchId,
    string SubjectType, string SubjectId, JsonElement Details, string? CorrelationId);
