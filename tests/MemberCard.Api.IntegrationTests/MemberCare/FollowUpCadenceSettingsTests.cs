namespace MemberCard.Api.IntegrationTests.MemberCare;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>The follow-up offsets are programme settings: head office changes them and new cadences follow (bad values: ProgrammeValidationTests).</summary>
public sealed class FollowUpCadenceSettingsTests(MemberCardApiFactory factory) : MemberCareTestBase(factory)
{
    private const string ProgrammeRoute = "/api/v1/hq/programme";

    [Fact]
    public async Task GetProgramme_WhenNeverChanged_ShowsThe3321469Cadence()
    {
        var programme = await HeadOffice().GetFromJsonAsync<JsonObject>(ProgrammeRoute);

        var cadence = programme!["followUpCadence"]!;
        (cadence["thankYouMinutes"]!.GetValue<int>(), cadence["careDays"]!.GetValue<int>(), cadence["greetingWeeks"]!.GetValue<int>()).ShouldBe((3, 3, 2));
        cadence["callMonths"]!.AsArray().Select(m => m!.GetValue<int>()).ShouldBe([1, 4, 6, 9]);
    }

    [Fact]
    public async Task Commit_WhenHeadOfficeChangedTheCadence_NewTasksFollowTheNewOffsets()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var member = await ActiveMemberAsync(sz, "13800138000");
        var programme = (await HeadOffice().GetFromJsonAsync<JsonObject>(ProgrammeRoute))!;
        programme["followUpCadence"] = new JsonObject
        {
            ["thankYouMinutes"] = 10, ["careDays"] = 2, ["greetingWeeks"] = 3, ["callMonths"] = new JsonArray(2, 3, 6, 12),
        };
        var updated = await HeadOffice().PutAsJsonAsync(ProgrammeRoute, programme);
        updated.StatusCode.ShouldBe(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());

        await BuyAsync(sz, member, 10_000m);

        var tasks = Items(await GetOkAsync(sz.Client, FollowUpsRoute));
        tasks.Select(t => (t["step"]!.GetValue<string>(), InstantOf(t["dueAt"]))).ShouldBe(
        [
            ("ThankYou", Utc("2026-03-10T04:10:00Z")),
            ("Care", Utc("2026-03-12T04:00:00Z")),
            ("Greeting", Utc("2026-03-31T04:00:00Z")),
            ("CallAfter1Month", Utc("2026-05-10T04:00:00Z")),
            ("CallAfter4Months", Utc("2026-06-10T04:00:00Z")),
            ("CallAfter6Months", Utc("2026-09-10T04:00:00Z")),
            ("CallAfter9Months", Utc("2027-03-10T04:00:00Z")),
        ]);
        var saved = (await HeadOffice().GetFromJsonAsync<JsonObject>(ProgrammeRoute))!["followUpCadence"]!;
        saved["callMonths"]!.AsArray().Select(m => m!.GetValue<int>()).ShouldBe([2, 3, 6, 12]);
    }

    [Fact]
    public async Task UpdateProgramme_WhenCadenceIsLeftOut_KeepsTheCurrentOne()
    {
        var programme = (await HeadOffice().GetFromJsonAsync<JsonObject>(ProgrammeRoute))!;
        programme["followUpCadence"] = new JsonObject
        {
            ["thankYouMinutes"] = 5, ["careDays"] = 3, ["greetingWeeks"] = 2, ["callMonths"] = new JsonArray(1, 4, 6, 9),
        };
        (await HeadOffice().PutAsJsonAsync(ProgrammeRoute, programme)).StatusCode.ShouldBe(HttpStatusCode.OK);
        programme.Remove("followUpCadence");

        var response = await HeadOffice().PutAsJsonAsync(ProgrammeRoute, programme);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await ReadJsonAsync(response))["followUpCadence"]!["thankYouMinutes"]!.GetValue<int>().ShouldBe(5);
    }
}
