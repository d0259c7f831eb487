namespace MemberCard.Application.MemberRights.ExportMyData;

/// <summary>A follow-up (message or call) the home branch was to make to the member, with what staff noted.</summary>
public sealed record ExportedFollowUpTask(
    Guid Id,
    Guid BranchId,
    string? BranchName,
    Guid PurchaseId,
    string Step,
    string Kind,
    DateTimeOffset DueAt,
    string Status,
    string? Outcome,
    string? Note,
    DateTimeOffset? ClosedAt);
