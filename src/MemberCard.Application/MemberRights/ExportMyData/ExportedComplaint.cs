namespace MemberCard.Application.MemberRights.ExportMyData;

/// <summary>A complaint the member made or staff recorded against their card, with the branch's answer and the member's score.</summary>
public sealed record ExportedComplaint(
    Guid Id,
    Guid BranchId,
    string? BranchName,
    string? CardNumber,
    string Source,
    string Channel,
    string Category,
    string Content,
    string Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? ResolvedAt,
    string? Resolution,
    int? SatisfactionScore,
    DateTimeOffset? RatedAt);
