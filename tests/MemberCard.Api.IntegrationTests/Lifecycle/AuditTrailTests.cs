namespace MemberCard.Api.IntegrationTests.Lifecycle;

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

public sealed class AuditTrailTests(MemberCardApiFactory factory) : LifecycleTestBase(factory)
{
    [Fact]
    public async Task ShopperLifecycle_WritesOneShopperEntryPerCommandWithoutPersonalData()
    {
        await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        var shopper = await ShopperAsync("o_alice");
        var card = await ApplyOnlineOkAsync(shopper, "13900000001");
        var memberId = Str(card, "memberId");
        var oldNumber = Str(card, "cardNumber");
        await CommandOkAsync(shopper, "/api/v1/me/card/activate");
        await CommandOkAsync(shopper, "/api/v1/me/card/loss-report");
        var newNumber = Str(await CommandOkAsync(shopper, "/api/v1/me/card/reissue"), "cardNumber");
        (await shopper.PatchAsJsonAsync("/api/v1/me/profile", new { name = "李四新", email = "li@example.com" })).EnsureSuccessStatusCode();
        (await shopper.PatchAsJsonAsync("/api/v1/me/profile", new { phone = "13700000009" })).EnsureSuccessStatusCode();
        (await shopper.PostAsJsonAsync("/api/v1/me/phone", new { phoneCode = "dev:13700000009" })).EnsureSuccessStatusCode();

        var entries = await AuditOfAsync(memberId);

        entries.Select(e => Str(e, "action")).ShouldBe(
        [
            "card.issued",
            "card.activated",
            "card.reported_lost",
            "card.reissued",
            "member.profile_updated",
            "member.phone_change_requested",
            "member.phone_verified",
        ]);
        entries.ShouldAllBe(e => Str(e, "actorKind") == "Shopper");
        entries.ShouldAllBe(e => e["branchId"] == null);
        entries.ShouldAllBe(e => Str(e, "subjectType") == "member");
        var reissued = entries.Single(e => Str(e, "action") == "card.reissued");
        Str(reissued["details"], "oldCardNumber").ShouldBe(oldNumber);
        Str(reissued["details"], "newCardNumber").ShouldBe(newNumber);
        ShouldHoldNoPersonalData(entries, "13900000001", "13700000009", "李四", "li@example.com");
    }

    [Fact]
    public async Task BranchLifecycle_WritesBranchEntriesNamingTheBranchAndKey()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var card = await ApplyOfflineAsync(branch, "13800138000", "赵六");
        var memberId = Str(card, "memberId");
        var number = Str(card, "cardNumber");
        await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{number}/activate");
        await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{number}/loss-report");
        await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{number}/reissue");

        var entries = await AuditOfAsync(memberId);

        entries.Select(e => Str(e, "action")).ShouldBe(["card.issued", "card.activated", "card.reported_lost", "card.reissued"]);
        entries.ShouldAllBe(e => Str(e, "actorKind") == "Branch");
        entries.ShouldAllBe(e => Str(e, "actorId") == branch.KeyId);
        entries.ShouldAllBe(e => StrOrNull(e, "branchId") == branch.Id.ToString());
        Str(entries[0]["details"], "cardNumber").ShouldBe(number);
        ShouldHoldNoPersonalData(entries, "13800138000", "赵六");
    }

    [Fact]
    public async Task HeadOfficeCommands_WriteHeadOfficeEntriesWithoutBranch()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var hq = HeadOffice();
        var applied = await hq.PostAsJsonAsync("/api/v1/branch/card-applications", new
        {
            name = "孙八",
            gender = "Male",
            birthDate = "1999-09-09",
            phone = "13800138000",
            branchCode = branch.Code,
        });
        applied.EnsureSuccessStatusCode();
        var card = await ReadJsonAsync(applied);
        await CommandOkAsync(hq, $"/api/v1/branch/cards/{Str(card, "cardNumber")}/activate");

        var entries = await AuditOfAsync(Str(card, "memberId"));

        entries.Select(e => Str(e, "action")).ShouldBe(["card.issued", "card.activated"]);
        entries.ShouldAllBe(e => Str(e, "actorKind") == "HeadOffice");
        entries.ShouldAllBe(e => e["branchId"] == null);
        entries.ShouldAllBe(e => Str(e, "actorId") != branch.KeyId);
        ShouldHoldNoPersonalData(entries, "13800138000", "孙八");
    }

    [Fact]
    public async Task RejectedCommand_WritesNoAuditEntry()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var card = await ApplyOfflineAsync(branch, "13800138000");
        var number = Str(card, "cardNumber");

        var reissueNotLost = await CommandAsync(branch.Client, $"/api/v1/branch/cards/{number}/reissue");

        reissueNotLost.StatusCode.ShouldBe(System.Net.HttpStatusCode.Conflict);
        (await AuditOfAsync(Str(card, "memberId"))).Select(e => Str(e, "action")).ShouldBe(["card.issued"]);
    }

    private static void ShouldHoldNoPersonalData(IEnumerable<JsonObject> entries, params string[] personalValues)
    {
        foreach (var entry in entries)
        {
            var details = entry["details"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions
            {
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            });
            foreach (var value in personalValues)
            {
                details.ShouldNotContain(value, Case.Insensitive, $"{Str(entry, "action")}: {details}");
            }
        }
    }
}
