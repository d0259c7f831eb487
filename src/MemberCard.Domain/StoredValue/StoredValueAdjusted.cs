namespace MemberCard.Domain.StoredValue;

using MemberCard.Domain.Members;
using MemberCard.Domain.Members.Events;

/// <summary>Head office corrected a member's stored value; a member event, so the audit trail records who did it.</summary>
public sealed record StoredValueAdjusted(
    MemberId MemberId, decimal Principal, decimal Bonus, decimal PrincipalAfter, decimal BonusAfter, string Reason, DateTimeOffset OccurredAt) : IMemberEvent
{
    public string Action => "stored_value.adjusted";
}
