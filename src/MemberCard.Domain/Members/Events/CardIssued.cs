namespace MemberCard.Domain.Members.Events;

using MemberCard.Domain.Branches;

public sealed record CardIssued(MemberId MemberId, CardNumber CardNumber, ApplicationChannel Channel, BranchId IssuingBranchId, DateTimeOffset OccurredAt) : IMemberEvent
{
    public string Action => "card.issued";
}
