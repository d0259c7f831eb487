namespace MemberCard.Domain.Members.Events;


public sealed record CardReportedLost(MemberId MemberId, CardNumber CardNumber, DateTimeOffset OccurredAt) : IMemberEvent
{
    public string Action => "card.reported_lost";
}
