namespace MemberCard.Domain.FollowUps;

/// <summary>How a task ended: staff record the first four, the message job records <see cref="Sent"/>.</summary>
public enum FollowUpOutcome
{
    Reached,
    NoAnswer,
    Declined,
    Other,
    Sent,
}
