namespace MemberCard.Domain.Members.Events;

using MemberCard.Domain.Common;

/// <summary>
/// The balance moved. Not an audit fact of its own (the ledger entry is the record); it tells the outbox
/// that the WeChat card must show the new balance.
/// </summary>
public sealed record PointsBalanceChanged(MemberId MemberId, long Balance, DateTimeOffset OccurredAt) : IDomainEvent;
