namespace MemberCard.Domain.FollowUps;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;
using MemberCard.Domain.Members;
using MemberCard.Domain.Programme;

/// <summary>
/// One step of a member's follow-up cadence, owned by the member's home branch. All tasks of one cadence share
/// the purchase that started it and its start time.
/// </summary>
public sealed class FollowUpTask
{
    public const int NoteMaxLength = 500;

    private FollowUpTask()
    {
    }

    public Guid Id { get; private set; }

    public BranchId BranchId { get; private set; }

    public MemberId MemberId { get; private set; }

    /// <summary>The purchase that started the cadence.</summary>
    public Guid PurchaseId { get; private set; }

    public DateTimeOffset CadenceStartedAt { get; private set; }

    public FollowUpStep Step { get; private set; }

    public FollowUpKind Kind { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public FollowUpStatus Status { get; private set; }

    public FollowUpOutcome? Outcome { get; private set; }

    public string? Note { get; private set; }

    /// <summary>When the task was done or cancelled.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>The whole cadence for a purchase committed at <paramref name="startedAt"/>.</summary>
    public static IReadOnlyList<FollowUpTask> StartCadence(
        BranchId homeBranchId, MemberId memberId, Guid purchaseId, DateTimeOffset startedAt, TimeZoneInfo timeZone, FollowUpCadenceRule cadence) =>
        FollowUpCadence.Schedule(startedAt, timeZone, cadence)
            .Select(s => new FollowUpTask
            {
                Id = Guid.CreateVersion7(),
                BranchId = homeBranchId,
                MemberId = memberId,
                PurchaseId = purchaseId,
                CadenceStartedAt = startedAt,
                Step = s.Step,
                Kind = s.Kind,
                DueAt = s.DueAt,
                Status = FollowUpStatus.Open,
            })
            .ToList();

    /// <summary>Staff record how the call (or a message they sent themselves) went.</summary>
    public void Complete(FollowUpOutcome outcome, string? note, DateTimeOffset now)
    {
        if (outcome == FollowUpOutcome.Sent)
        {
            throw new DomainException("follow_up.outcome_invalid", "Only the message job records a sent message.");
        }

        if (note?.Length > NoteMaxLength)
        {
            throw new DomainException("follow_up.note_too_long", "A note has at most 500 characters.");
        }

        Close(FollowUpStatus.Done, outcome, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), now);
    }

    /// <summary>The message job handed the message to the notification port.</summary>
    public void MarkSent(DateTimeOffset now)
    {
        if (Kind != FollowUpKind.Message)
        {
            throw new DomainException("follow_up.not_a_message", "Only message tasks are sent automatically.");
        }

        Close(FollowUpStatus.Done, FollowUpOutcome.Sent, null, now);
    }

    /// <summary>A newer cadence replaces this one.</summary>
    public void Cancel(DateTimeOffset now) => Close(FollowUpStatus.Cancelled, null, null, now);

    private void Close(FollowUpStatus status, FollowUpOutcome? outcome, string? note, DateTimeOffset now)
    {
        if (Status != FollowUpStatus.Open)
        {
            throw new DomainException("follow_up.not_open", $"The task is already {Status.ToString().ToLowerInvariant()}.");
        }

        Status = status;
        Outcome = outcome;
        Note = note;
        ClosedAt = now;
    }
}
