namespace MemberCard.Domain.StoredValue;

using MemberCard.Domain.Common;
using MemberCard.Domain.Members;

/// <summary>The stored-value balance moved: the WeChat card must show the new absolute balance.</summary>
public sealed record StoredValueBalanceChanged(MemberId MemberId, decimal Balance, DateTimeOffset OccurredAt) : IDomainEvent;
