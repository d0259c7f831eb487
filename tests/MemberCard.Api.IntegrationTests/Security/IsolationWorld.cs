namespace MemberCard.Api.IntegrationTests.Security;

using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Two branches with members in every card state the branch routes act on, two shoppers with cards (one
/// homed in each branch), one shopper without a card, and API keys to revoke. The till routes also need an
/// active card of branch B, a receipt of branch B and a gift, which only the matrix adds (the init properties).
/// </summary>
public sealed record IsolationWorld(
    TestBranch BranchA,
    TestBranch BranchB,
    IReadOnlyList<IsolatedMember> MembersOfA,
    IReadOnlyList<IsolatedMember> MembersOfB,
    IsolatedMember IssuedCardOfB,
    IsolatedMember FrozenCardOfB,
    HttpClient ShopperX,
    IsolatedMember MemberX,
    HttpClient ShopperY,
    IsolatedMember MemberY,
    HttpClient ShopperWithoutCard,
    string SpareKeyIdOfA,
    string RevokedKeySecret,
    JsonObject Programme)
{
    /// <summary>An activated card homed in branch B: any till of the chain may quote and sell to it.</summary>
    public IsolatedMember? ActiveCardOfB { get; init; }

    /// <summary>
    /// A receipt committed at branch B for <see cref="ActiveCardOfB"/> the day before (line 1, two units), so
    /// its points can already be spent.
    /// </summary>
    public string? ReceiptOfB { get; init; }

    /// <summary>A till top-up receipt of branch B (for <see cref="ActiveCardOfB"/>), so the member has principal to refund.</summary>
    public string? TopUpReceiptOfB { get; init; }

    /// <summary>A top-up package of head office.</summary>
    public Guid? TopUpPackageId { get; init; }

    /// <summary>A gift of the catalogue.</summary>
    public Guid? GiftId { get; init; }

    /// <summary>An open milestone gift claim of a branch-B member.</summary>
    public Guid? ClaimOfB { get; init; }

    /// <summary>An open milestone gift claim of a branch-A member.</summary>
    public Guid? ClaimOfA { get; init; }

    /// <summary>Open complaints about each branch (see Service/ServiceMatrixData).</summary>
    public Guid? ComplaintOfA { get; init; }

    public Guid? ComplaintOfB { get; init; }

    /// <summary>A complaint of member X that branch B has resolved, so X may rate it.</summary>
    public Guid? RatableComplaintOfX { get; init; }

    /// <summary>Submitted campaign plans of each branch.</summary>
    public Guid? PlanOfA { get; init; }

    public Guid? PlanOfB { get; init; }

    /// <summary>A draft campaign plan of branch B, which only branch B sees until it submits it.</summary>
    public Guid? DraftOfB { get; init; }
    /// <summary>A branch-B member born this month who has no birthday gift yet.</summary>
    public IsolatedMember? BirthdayMemberOfB { get; init; }

    /// <summary>A birthday gift branch B issued, waiting to be signed for.</summary>
    public Guid? GiftToSignOfB { get; init; }

    /// <summary>Another birthday gift branch B issued, waiting to be returned.</summary>
    public Guid? GiftToReturnOfB { get; init; }

    /// <summary>An open follow-up call of branch B (its Gold member bought for ¥10,000).</summary>
    public Guid? FollowUpOfB { get; init; }

    /// <summary>The current reconciliation period of the birthday gift registry (YYYY-MM-1 or YYYY-MM-2).</summary>
    public string? GiftPeriod { get; init; }

    /// <summary>Ids of branch A's birthday members, birthday gifts and follow-up tasks.</summary>
    public IReadOnlyList<string> BranchRecordsOfA { get; init; } = [];

    /// <summary>Ids of branch B's birthday members, birthday gifts and follow-up tasks.</summary>
    public IReadOnlyList<string> BranchRecordsOfB { get; init; } = [];
}
