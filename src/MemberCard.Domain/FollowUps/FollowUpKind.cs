namespace MemberCard.Domain.FollowUps;

/// <summary>Messages go out by themselves when due; calls are made by the branch's staff.</summary>
public enum FollowUpKind
{
    Message,
    Call,
}
