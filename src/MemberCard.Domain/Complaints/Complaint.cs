namespace MemberCard.Domain.Complaints;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;
using MemberCard.Domain.Members;

/// <summary>
/// A complaint or piece of feedback about one branch. It must be answered (resolved) by its deadline; the
/// member who made it may then rate the answer once. Staff may record it for a walk-in who has no card.
/// </summary>
public sealed class Complaint
{
    public const int ContentMaxLength = 2000;
    public const int ResolutionMaxLength = 2000;
    public const int MinScore = 1;
    public const int MaxScore = 5;

    private Complaint()
    {
        Content = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The branch concerned, which has to answer.</summary>
    public BranchId BranchId { get; private set; }

    /// <summary>Null for an anonymous walk-in.</summary>
    public MemberId? MemberId { get; private set; }

    /// <summary>The card the complaint was recorded against, shown to staff instead of the member's personal data.</summary>
    public string? CardNumber { get; private set; }

    public ComplaintSource Source { get; private set; }

    public ComplaintChannel Channel { get; private set; }

    public ComplaintCategory Category { get; private set; }

    public string Content { get; private set; }

    public ComplaintStatus Status { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>When the answer is due; past it, an unresolved complaint is overdue.</summary>
    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string? Resolution { get; private set; }

    public int? SatisfactionScore { get; private set; }

    public DateTimeOffset? RatedAt { get; private set; }

    public bool IsOverdue(DateTimeOffset now) => Status is ComplaintStatus.Open or ComplaintStatus.Acknowledged && now > DueAt;

    public static Complaint Submit(
        BranchId branchId, MemberId? memberId, string? cardNumber, ComplaintSource source, ComplaintChannel channel, ComplaintCategory category,
        string content, DateTimeOffset now, DateTimeOffset dueAt)
    {
        if (string.IsNullOrWhiteSpace(content) || content.Length > ContentMaxLength)
        {
            throw new DomainException("complaint.content_invalid", "A complaint has content (at most 2000 characters).");
        }

        if (dueAt <= now)
        {
            throw new DomainException("complaint.due_in_past", "A complaint's deadline lies after its submission.");
        }

        return new Complaint
        {
            Id = Guid.CreateVersion7(),
            BranchId = branchId,
            MemberId = memberId,
            CardNumber = cardNumber,
            Source = source,
            Channel = channel,
            Category = category,
            Content = content.Trim(),
            Status = ComplaintStatus.Open,
            SubmittedAt = now,
            DueAt = dueAt,
        };
    }

    public void Acknowledge(DateTimeOffset now)
    {
        if (Status != ComplaintStatus.Open)
        {
            throw IllegalTransition("acknowledge");
        }

        Status = ComplaintStatus.Acknowledged;
        AcknowledgedAt = now;
    }

    /// <summary>An answer given on the spot also acknowledges the complaint.</summary>
    public void Resolve(string resolution, DateTimeOffset now)
    {
        if (Status is not (ComplaintStatus.Open or ComplaintStatus.Acknowledged))
        {
            throw IllegalTransition("resolve");
        }

        if (string.IsNullOrWhiteSpace(resolution) || resolution.Length > ResolutionMaxLength)
        {
            throw new DomainException("complaint.resolution_invalid", "A resolution is required (at most 2000 characters).");
        }

        Status = ComplaintStatus.Resolved;
        AcknowledgedAt ??= now;
        ResolvedAt = now;
        Resolution = resolution.Trim();
    }

    public void Rate(int score, DateTimeOffset now)
    {
        if (score is < MinScore or > MaxScore)
        {
            throw new DomainException("complaint.score_invalid", "A satisfaction score is between 1 and 5.");
        }

        if (Status == ComplaintStatus.Rated)
        {
            throw new DomainException("complaint.already_rated", "This complaint has already been rated.");
        }

        if (Status != ComplaintStatus.Resolved)
        {
            throw new DomainException("complaint.not_resolved", "A complaint can be rated only once it is resolved.");
        }

        Status = ComplaintStatus.Rated;
        SatisfactionScore = score;
        RatedAt = now;
    }

    private DomainException IllegalTransition(string action) =>
        new("complaint.illegal_transition", $"Cannot {action} a complaint that is {Status}.");
}
