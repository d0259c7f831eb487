namespace MemberCard.Api.IntegrationTests.StoredValue;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>The till lists the packages head office has on offer, so the POS can sell them.</summary>
public sealed class BranchTopUpPackagesTests(MemberCardApiFactory factory) : StoredValueTestBase(factory)
{
    [Fact]
    public async Task List_WhenSomePackagesAreWithdrawn_ShowsEveryBranchTheActiveOnesCheapestFirst()
    {
        var shanghai = await OpenBranchAsync("SHA01", "021");
        var shenzhen = await OpenBranchAsync("SZ001", "755");
        var big = await PackageAsync("充1000送100", 1000m, 100m);
        var small = await PackageAsync("充300送30", 300m, 30m);
        var withdrawn = await PackageAsync("充500送50", 500m, 50m);
        var update = await HeadOffice().PutAsJsonAsync($"/api/v1/hq/stored-value/packages/{withdrawn}", new { name = "充500送50", pay = 500m, bonus = 50m, active = false });
        update.StatusCode.ShouldBe(HttpStatusCode.OK, await update.Content.ReadAsStringAsync());

        var forShanghai = await shanghai.Client.GetAsync("/api/v1/branch/top-up-packages");
        var forShenzhen = await shenzhen.Client.GetStringAsync("/api/v1/branch/top-up-packages");

        forShanghai.StatusCode.ShouldBe(HttpStatusCode.OK);
        var raw = await forShanghai.Content.ReadAsStringAsync();
        var listed = JsonNode.Parse(raw)!.AsArray();
        listed.Select(p => Guid.Parse(p!["id"]!.GetValue<string>())).ShouldBe([small, big]);
        listed[0]!["name"]!.GetValue<string>().ShouldBe("充300送30");
        Money(listed[0]!["pay"]).ShouldBe(300m);
        Money(listed[0]!["bonus"]).ShouldBe(30m);
        forShenzhen.ShouldBe(raw);
    }

    [Fact]
    public async Task List_WhenAPackageIsSoldAtTheTill_TopsUpWithItsBonus()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await PackageAsync("充300送30", 300m, 30m);
        var offered = (await branch.Client.GetFromJsonAsync<JsonArray>("/api/v1/branch/top-up-packages"))!;

        await ToppedUpAsync(branch.Client, "TU-PKG-1", member.CardNumber, packageId: Guid.Parse(offered[0]!["id"]!.GetValue<string>()));

        (await StoredValueOfAsync(member)).ShouldBe((300m, 30m));
    }
}
