namespace MemberCard.Api.IntegrationTests.Security;

using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Two branches with members in every card state the branch routes act on, two shoppers with cards (one
/// homed in each branch), one shopper without a card, and API keys to revoke.
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
    JsonObject Programme);
