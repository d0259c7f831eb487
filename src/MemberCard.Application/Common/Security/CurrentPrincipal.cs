namespace MemberCard.Application.Common.Security;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Members;

/// <summary>
/// The scoped principal. Authentication fills it in before any handler runs; anything it does not fill in
/// stays anonymous, which the query filters treat as seeing nothing.
/// </summary>
public sealed class CurrentPrincipal : ICurrentPrincipal
{
    public PrincipalKind Kind { get; private set; } = PrincipalKind.Anonymous;

    public BranchId BranchId { get; private set; } = BranchId.None;

    public MemberId MemberId { get; private set; } = MemberId.None;

    public string? OpenId { get; private set; }

    public string? UnionId { get; private set; }

    public string ActorId { get; private set; } = "anonymous";

    public void SetBranch(BranchId branchId, string apiKeyId)
    {
        Kind = PrincipalKind.Branch;
        BranchId = branchId;
        ActorId = apiKeyId;
    }

    public void SetHeadOffice(string apiKeyId)
    {
        Kind = PrincipalKind.HeadOffice;
        ActorId = apiKeyId;
    }

    public void SetShopper(string openId, string? unionId)
    {
        Kind = PrincipalKind.Shopper;
        OpenId = openId;
        UnionId = unionId;
        ActorId = openId;
    }

    public void SetShopperMember(MemberId memberId)
    {
        MemberId = memberId;
        ActorId = memberId.ToString();
    }

    public void SetSystem()
    {
        Kind = PrincipalKind.System;
        ActorId = "system";
    }
}
