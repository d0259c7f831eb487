namespace MemberCard.Domain.Members.Events;


public sealed record PhoneChangeRequested(MemberId MemberId, bool VerificationRequired, DateTimeOffset OccurredAt) : IMemberEvent
{
    public string Action => "member.phone_change_requested";
}
