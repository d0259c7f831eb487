namespace MemberCard.Domain.Members.Events;

using MemberCard.Domain.Branches;

public sealed record CardReissued(MemberId MemberId, CardNumber OldCardNumber, CardNumber NewCardNumber, BranchId IssuingBranchId, DateTimeOffset OccurredAt) : IMemberEvent
{
    public string Action => "card.reissued";
}
