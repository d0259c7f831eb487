namespace MemberCard.Application.Complaints;

using MemberCard.Domain.Complaints;

/// <summary>
/// A complaint as staff and the member see it. It names the card, never the member's personal data: the branch
/// concerned may be another than the member's home.
/// </summary>
public sealed record ComplaintDto(
    Guid Id,
    string BranchCode,
    string? CardNumber,
    ComplaintSource Source,
    ComplaintChannel Channel,
    ComplaintCategory Category,
    string Content,
    ComplaintStatus Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset DueAt,
    bool Overdue,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? ResolvedAt,
    string? Resolution,
    int? SatisfactionScore,
    DateTimeOffset? RatedAt)
{
    public static ComplaintDto From(Complaint c, string branchCode, DateTimeOffset now) => new(
        c.Id, branchCode, c.CardNumber, c.Source, c.Channel, c.Category, c.Content, c.Status, c.SubmittedAt, c.DueAt, c.IsOverdue(now),
        c.AcknowledgedAt, c.ResolvedAt, c.Resolution, c.SatisfactionScore, c.RatedAt);
}
