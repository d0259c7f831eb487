namespace MemberCard.Application.FollowUps.Common;

using MemberCard.Application.Common.Security;

public sealed record FollowUpTaskDto(
    Guid Id,
    Guid BranchId,
    MaskedMemberDto Member,
    Guid PurchaseId,
    DateTimeOffset CadenceStartedAt,
    string Step,
    string Kind,
    DateTimeOffset DueAt,
    string Status,
    string? Outcome,
    string? Note,
    DateTimeOffset? ClosedAt);
