namespace MemberCard.Domain.Members.Events;

public sealed record PointsAdjusted(MemberId MemberId, long Points, string Reason, DateTimeOffset OccurredAt) : IMemberEvent
{
    public string Action => "points.adjusted";
}
