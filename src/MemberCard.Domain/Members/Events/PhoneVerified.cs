namespace MemberCard.Domain.Members.Events;


public sealed record PhoneVerified(MemberId MemberId, bool PhoneChanged, DateTimeOffset OccurredAt) : IMemberEvent
{
    public string Action => "member.phone_verified";
}
