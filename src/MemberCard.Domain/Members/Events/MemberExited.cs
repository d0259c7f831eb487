namespace MemberCard.Domain.Members.Events;

/// <summary>The member left the programme (退会): card cancelled, points forfeited, personal data erased.</summary>
public sealed record MemberExited(MemberId MemberId, CardNumber CardNumber, DateTimeOffset OccurredAt) : IMemberEvent
{
    public string Action => "member.exited";
}
