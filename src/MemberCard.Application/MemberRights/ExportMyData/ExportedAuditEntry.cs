namespace MemberCard.Application.MemberRights.ExportMyData;

using System.Text.Json;

/// <summary>One audit entry about the member: what happened and which kind of actor did it (not which staff key).</summary>
public sealed record ExportedAuditEntry(DateTimeOffset OccurredAt, string Action, string ActorKind, Guid? BranchId, JsonElement Details);
