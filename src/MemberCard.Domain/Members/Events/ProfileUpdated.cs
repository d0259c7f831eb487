namespace MemberCard.Domain.Members.Events;


public sealed record ProfileUpdated(MemberId MemberId, IReadOnlyList<string> ChangedFields, DateTimeOffset OccurredAt) : IMemberEvent
{
    public string Action => "member.profile_updated";
}
