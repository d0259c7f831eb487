namespace MemberCard.Domain.Purchases;

using MemberCard.Domain.Common;
using MemberCard.Domain.Members;

/// <summary>
/// Goods of a purchase came back. <see cref="IsFullyReturned"/> says whether every line has now been returned
/// (this return may complete earlier partial ones); <see cref="ReturnedOn"/> is the return's business date.
/// </summary>
public sealed record PurchaseReturned(
    PurchaseId PurchaseId, MemberId MemberId, DateOnly PurchasedOn, bool IsFullyReturned, DateTimeOffset OccurredAt, DateOnly ReturnedOn) : IDomainEvent;
