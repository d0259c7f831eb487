namespace MemberCard.Domain.Purchases;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;
using MemberCard.Domain.Members;
using MemberCard.Domain.Programme;

/// <summary>
/// A purchase was committed. <see cref="TierAfter"/> is the member's tier once the purchase counted toward it;
/// <see cref="MemberHomeBranchId"/> may differ from the selling <see cref="BranchId"/>.
/// </summary>
public sealed record PurchaseCommitted(
    PurchaseId PurchaseId, BranchId BranchId, MemberId MemberId, BranchId MemberHomeBranchId, Tier TierAfter, DateTimeOffset OccurredAt) : IDomainEvent;
