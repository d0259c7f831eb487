namespace MemberCard.Application.Common.Interfaces;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Members;

/// <summary>Who is calling, resolved once per request. Feeds the branch-scoping query filters.</summary>
public interface ICurrentPrincipal
{
    PrincipalKind Kind { get; }

    /// <summary>The branch of a branch key; <see cref="BranchId.None"/> otherwise.</summary>
    BranchId BranchId { get; }

    /// <summary>The shopper's member; <see cref="MemberId.None"/> when not a shopper or not yet a member.</summary>
    MemberId MemberId { get; }

    /// <summary>The shopper's mini-program openid.</summary>
    string? OpenId { get; }

    string? UnionId { get; }

    /// <summary>The id written to the audit trail: API key id, member id or openid, or "system".</summary>
    string ActorId { get; }

    bool SeesAllBranches => Kind is PrincipalKind.HeadOffice or PrincipalKind.System;
}
