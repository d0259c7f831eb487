namespace MemberCard.Domain.Members.Events;

using MemberCard.Domain.Common;

/// <summary>A lifecycle fact about one member; every one becomes an audit entry.</summary>
public interface IMemberEvent : IDomainEvent
{
    MemberId MemberId { get; }

    /// <summary>Stable name written to the audit trail, e.g. <c>card.issued</c>.</summary>
    string Action { get; }
}
