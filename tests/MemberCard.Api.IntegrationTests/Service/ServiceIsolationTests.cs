namespace MemberCard.Api.IntegrationTests.Service;

using System.Net;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Security;

/// <summary>
/// What the isolation matrix's <see cref="CrossBranchRule.OwnBranchRecords"/> routes promise: branch A lists
/// only its own complaints and plans, and what it files is its own; head office sees every branch's.
/// </summary>
public sealed class ServiceIsolationTests(MemberCardApiFactory factory) : IsolationTestBase(factory)
{
    [Fact]
    public async Task BranchRecordLists_WhenCalledByBranchA_ShowOnlyBranchARecords()
    {
        var world = await ServiceMatrixData.AddAsync(await BuildWorldAsync());
        var routes = RouteCases.All.Where(c => c.CrossBranch == CrossBranchRule.OwnBranchRecords && c.Method == "GET").ToList();

        foreach (var route in routes)
        {
            var page = await ReadJsonAsync(await world.BranchA.Client.GetAsync(route.Path(world)));

            var expected = route.Pattern.Contains("complaints", StringComparison.Ordinal) ? world.ComplaintOfA : world.PlanOfA;
            Ids(page).ShouldBe([expected!.Value], $"{route} for branch A");
            page["totalCount"]!.GetValue<int>().ShouldBe(1);
        }

        routes.Count.ShouldBe(2);
    }

    [Fact]
    public async Task BranchFilings_WhenBranchAFiles_BelongToBranchAAndBranchBNeverSeesThem()
    {
        var world = await ServiceMatrixData.AddAsync(await BuildWorldAsync());
        var routes = RouteCases.All.Where(c => c.CrossBranch == CrossBranchRule.OwnBranchRecords && c.Method == "POST").ToList();

        foreach (var route in routes)
        {
            var response = await SendAsync(world.BranchA.Client, route, world);

            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            var filed = await ReadJsonAsync(response);
            filed["branchCode"]!.GetValue<string>().ShouldBe(world.BranchA.Code);
            var id = Guid.Parse(filed["id"]!.GetValue<string>());
            Ids(await ReadJsonAsync(await world.BranchA.Client.GetAsync(route.Path(world)))).ShouldContain(id);
            Ids(await ReadJsonAsync(await world.BranchB.Client.GetAsync(route.Path(world)))).ShouldNotContain(id);
        }

        routes.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task ServiceLists_WhenCalledByHeadOffice_ShowEveryBranchAndFilterByBranch()
    {
        var world = await ServiceMatrixData.AddAsync(await BuildWorldAsync());
        var hq = HeadOffice();

        var complaints = Ids(await ReadJsonAsync(await hq.GetAsync("/api/v1/hq/complaints")));
        var complaintsOfB = Ids(await ReadJsonAsync(await hq.GetAsync($"/api/v1/hq/complaints?branch={world.BranchB.Code}")));
        var plans = Ids(await ReadJsonAsync(await hq.GetAsync("/api/v1/hq/campaign-plans")));
        var plansOfA = Ids(await ReadJsonAsync(await hq.GetAsync($"/api/v1/hq/campaign-plans?branch={world.BranchA.Code}")));

        complaints.Order().ShouldBe(new[] { world.ComplaintOfA!.Value, world.ComplaintOfB!.Value, world.RatableComplaintOfX!.Value }.Order());
        complaintsOfB.Order().ShouldBe(new[] { world.ComplaintOfB.Value, world.RatableComplaintOfX.Value }.Order());
        plans.Order().ShouldBe(new[] { world.PlanOfA!.Value, world.PlanOfB!.Value }.Order());
        plansOfA.ShouldBe([world.PlanOfA.Value]);
    }

    [Fact]
    public async Task MyComplaints_WhenTwoShoppersHaveCards_EachSeesOnlyTheirOwnAndCannotRateTheOther()
    {
        var world = await ServiceMatrixData.AddAsync(await BuildWorldAsync());
        var before = await SnapshotDatabaseAsync();

        var ofX = Ids(await ReadJsonAsync(await world.ShopperX.GetAsync("/api/v1/me/complaints")));
        var ofY = Ids(await ReadJsonAsync(await world.ShopperY.GetAsync("/api/v1/me/complaints")));
        var rateByY = await world.ShopperY.PostAsync(
            $"/api/v1/me/complaints/{world.RatableComplaintOfX}/satisfaction", JsonContent(new JsonObject { ["score"] = 1 }));

        ofX.ShouldBe([world.RatableComplaintOfX!.Value]);
        ofY.ShouldBeEmpty();
        (await ProblemMismatchAsync(rateByY, HttpStatusCode.NotFound, "complaint.not_found")).ShouldBeNull();
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    private static List<Guid> Ids(JsonObject page) => page["items"]!.AsArray().Select(i => Guid.Parse(i!["id"]!.GetValue<string>())).ToList();

    private static StringContent JsonContent(JsonObject body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
