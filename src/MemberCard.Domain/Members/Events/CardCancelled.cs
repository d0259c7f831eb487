namespace MemberCard.Domain.Members.Events;


public sealed record CardCancelled(MemberId MemberId, CardNumber CardNumber, DateTimeOffset OccurredAt) : IMemberEvent
{
    public string Action => "card.cancelled";
}
