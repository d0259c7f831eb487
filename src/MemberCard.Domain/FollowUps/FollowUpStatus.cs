namespace MemberCard.Domain.FollowUps;

/// <summary>Open until done; a newer cadence cancels what is still open of the older one.</summary>
public enum FollowUpStatus
{
    Open,
    Done,
    Cancelled,
}
