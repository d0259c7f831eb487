namespace MemberCard.Api.IntegrationTests.Service;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>The 48-hour answer deadline is a programme setting head office changes (bad values: ProgrammeValidationTests).</summary>
public sealed class ComplaintDeadlineSettingTests(MemberCardApiFactory factory) : ServiceTestBase(factory)
{
    [Fact]
    public async Task SubmitAndRecord_WhenHeadOfficeSetTheDeadlineTo24Hours_AreDueIn24Hours()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (shopper, _, _) = await ShopperMemberAsync("o_deadline", "13800138000", "SZ001");
        var programme = (await HeadOffice().GetFromJsonAsync<JsonObject>("/api/v1/hq/programme"))!;
        programme["complaintResponseHours"]!.GetValue<int>().ShouldBe(48);
        programme["complaintResponseHours"] = 24;
        var updated = await HeadOffice().PutAsJsonAsync("/api/v1/hq/programme", programme);
        updated.StatusCode.ShouldBe(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());

        var submitted = await CreatedAsync(await shopper.PostAsJsonAsync("/api/v1/me/complaints", new { category = "Service", content = "收银台排队太久" }));
        var recorded = await CreatedAsync(await branch.Client.PostAsJsonAsync(
            "/api/v1/branch/complaints", new { channel = "Store", category = "Price", content = "价签错误" }));

        Instant(submitted, "dueAt").ShouldBe(T0.AddHours(24));
        Instant(recorded, "dueAt").ShouldBe(T0.AddHours(24));
    }
}
