namespace MemberCard.Api.IntegrationTests.Kpis;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>Bad input to the KPI routes: 400 ProblemDetails naming the field, and nothing written.</summary>
public sealed class KpiValidationTests(MemberCardApiFactory factory) : KpiTestBase(factory)
{
    public static TheoryData<string> MalformedMonths { get; } = ["2026-13", "2026-1", "26-10", "2026-10-01", "October", "1999-12", "2026-00"];

    [Theory]
    [MemberData(nameof(MalformedMonths))]
    public async Task KpiRoutes_WhenMonthIsMalformed_Return400NamingTheMonth(string month)
    {
        var branch = await OpenBranchAsync("VAL01", "755");
        var escaped = Uri.EscapeDataString(month);

        (HttpClient Client, string Url, string Field)[] calls =
        [
            (HeadOffice(), $"/api/v1/hq/kpis?month={escaped}", "month"),
            (HeadOffice(), $"/api/v1/hq/kpis.csv?month={escaped}", "month"),
            (HeadOffice(), $"/api/v1/hq/kpis/trend?to={escaped}", "to"),
            (branch.Client, $"/api/v1/branch/kpis?month={escaped}", "month"),
        ];

        foreach (var (client, url, field) in calls)
        {
            var response = await client.GetAsync(url);

            await response.ShouldBeValidationProblemAsync(field);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("37")]
    [InlineData("-1")]
    [InlineData("twelve")]
    public async Task KpiTrend_WhenMonthsIsOutOfRangeOrNotANumber_Returns400(string months)
    {
        var response = await HeadOffice().GetAsync($"/api/v1/hq/kpis/trend?months={months}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadJsonAsync(response))["errors"]!.AsObject().Select(e => e.Key).ShouldContain("months");
    }

    [Fact]
    public async Task HqKpis_WhenBranchIsUnknown_Returns404()
    {
        var response = await HeadOffice().GetAsync("/api/v1/hq/kpis?month=2026-08&branch=NOPE");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ReadJsonAsync(response))["code"]!.GetValue<string>().ShouldBe("branch.not_found");
    }

    public static TheoryData<string, string> BadWeights { get; } = new()
    {
        { """{"newCards":-1,"activationRate":10,"activeMembers":25,"purchaseFrequency":15,"averageSpend":15,"redemptions":5,"satisfaction":10}""", "newCards" },
        { """{"newCards":20,"activationRate":10,"activeMembers":101,"purchaseFrequency":15,"averageSpend":15,"redemptions":5,"satisfaction":10}""", "activeMembers" },
        { """{"newCards":20,"activationRate":10,"activeMembers":25,"purchaseFrequency":15,"averageSpend":15,"redemptions":5}""", "satisfaction" },
        { """{"newCards":0,"activationRate":0,"activeMembers":0,"purchaseFrequency":0,"averageSpend":0,"redemptions":0,"satisfaction":0}""", "weights" },
        { """{"newCards":20.123,"activationRate":10,"activeMembers":25,"purchaseFrequency":15,"averageSpend":15,"redemptions":5,"satisfaction":10}""", "newCards" },
        { """{"newCards":"lots","activationRate":10,"activeMembers":25,"purchaseFrequency":15,"averageSpend":15,"redemptions":5,"satisfaction":10}""", "newCards" },
    };

    [Theory]
    [MemberData(nameof(BadWeights))]
    public async Task KpiWeights_WhenAWeightIsNegativeMissingOrAllAreZero_Return400AndChangeNothing(string body, string field)
    {
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().PutAsync("/api/v1/hq/kpi-weights", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await ReadJsonAsync(response))["errors"]!.AsObject().Select(e => e.Key).ShouldContain(field);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        (await HeadOffice().GetFromJsonAsync<JsonObject>("/api/v1/hq/kpi-weights"))!["newCards"]!.GetValue<decimal>().ShouldBe(20m);
    }

    [Fact]
    public async Task BranchKpis_WhenCalledWithTheHeadOfficeKey_Returns403()
    {
        var response = await HeadOffice().GetAsync("/api/v1/branch/kpis?month=2026-08");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ReadJsonAsync(response))["code"]!.GetValue<string>().ShouldBe("auth.branch_only");
    }
}
