namespace MemberCard.Api.IntegrationTests.Kpis;

using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Security;

/// <summary>A branch reads its own KPIs only, whatever it names; the HQ KPI routes refuse branch keys.</summary>
public sealed class KpiIsolationTests(MemberCardApiFactory factory) : KpiTestBase(factory)
{
    [Fact]
    public async Task OwnFiguresRoutes_WhenBranchANamesBranchB_ReturnOnlyBranchAFigures()
    {
        var world = await FixedChainAsync();
        var routes = RouteCases.All.Where(c => c.CrossBranch == CrossBranchRule.OwnFiguresOnly).ToList();
        string[] namingB = ["?month=2026-08&branch=GZB", $"?month=2026-08&branchId={world.B.Id}", "?month=2026-08&branchCode=GZB"];

        foreach (var route in routes)
        {
            foreach (var query in namingB)
            {
                var response = await world.A.Client.GetAsync(route.Pattern + query);

                response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
                var raw = await response.Content.ReadAsStringAsync();
                var row = await ReadJsonAsync(response);
                row["branchCode"]!.GetValue<string>().ShouldBe("SZA");
                row["branchId"]!.GetValue<string>().ShouldBe(world.A.Id.ToString());
                row["newCards"]!.GetValue<int>().ShouldBe(2);
                raw.ShouldNotContain(world.B.Id.ToString());
                raw.ShouldNotContain("GZB");
            }
        }

        routes.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task HqKpiRoutes_WhenCalledWithABranchKey_Return403AndNoFigures()
    {
        var world = await FixedChainAsync();

        foreach (var url in new[] { "/api/v1/hq/kpis?month=2026-08", "/api/v1/hq/kpis?month=2026-08&branch=GZB", "/api/v1/hq/kpis.csv?month=2026-08", "/api/v1/hq/kpis/trend" })
        {
            var response = await world.A.Client.GetAsync(url);

            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("GZB");
        }
    }
}
