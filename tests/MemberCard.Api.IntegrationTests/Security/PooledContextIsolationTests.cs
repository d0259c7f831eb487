namespace MemberCard.Api.IntegrationTests.Security;

using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Database contexts are pooled: one instance serves request after request, each of another principal. The
/// query filters must follow the principal of the request at hand, never the one the context served before.
/// </summary>
public sealed class PooledContextIsolationTests(MemberCardApiFactory factory) : IsolationTestBase(factory)
{
    [Fact]
    public async Task MemberOfA_WhenPrincipalsAlternateOnReusedContexts_IsSeenOnlyByAAndHeadOffice()
    {
        var world = await BuildWorldAsync();
        var memberOfA = world.MembersOfA[0];
        var path = $"/api/v1/branch/members/{memberOfA.MemberId}";
        var hq = HeadOffice();

        // One after the other, so that each request gets the context the previous one gave back.
        for (var round = 0; round < 10; round++)
        {
            (await world.BranchA.Client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await world.BranchB.Client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await hq.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK);
            var cardOfX = await ReadJsonAsync(await world.ShopperX.GetAsync("/api/v1/me/card"));
            cardOfX["cardNumber"]!.GetValue<string>().ShouldBe(world.MemberX.CardNumber);
            (await world.BranchB.Client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        // And all at once, so that contexts change hands between principals in any order.
        var requests = Enumerable.Range(0, 40).Select(async i => (i % 4) switch
        {
            0 => ((await world.BranchA.Client.GetAsync(path)).StatusCode, HttpStatusCode.OK),
            1 => ((await world.BranchB.Client.GetAsync(path)).StatusCode, HttpStatusCode.NotFound),
            2 => ((await world.ShopperY.GetAsync(path)).StatusCode, HttpStatusCode.Forbidden),
            _ => ((await hq.GetAsync(path)).StatusCode, HttpStatusCode.OK),
        });
        foreach (var (actual, expected) in await Task.WhenAll(requests))
        {
            actual.ShouldBe(expected);
        }
    }
}
