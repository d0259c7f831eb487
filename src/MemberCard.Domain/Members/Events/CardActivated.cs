namespace MemberCard.Domain.Members.Events;


public sealed record CardActivated(MemberId MemberId, CardNumber CardNumber, DateTimeOffset OccurredAt) : IMemberEvent
{
    public string Action => "card.activated";
}
