namespace MemberCard.Domain.Members.Events;

using MemberCard.Domain.Programme;

public sealed record TierChanged(MemberId MemberId, Tier From, Tier To, string Reason, DateTimeOffset OccurredAt) : IMemberEvent
{
    public string Action => "member.tier_changed";
}
