namespace MemberCard.Api.IntegrationTests.Validation;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>Each case takes the current programme (GET) as the valid base and breaks one thing before the PUT.</summary>
public sealed class ProgrammeValidationTests(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    private const string Route = "/api/v1/hq/programme";

    private static readonly Dictionary<string, (Action<JsonObject> Break, string Code, string Field)> Cases = new(StringComparer.Ordinal)
    {
        ["tiers missing"] = (p => p.Remove("tiers"), "validation_failed", "tiers"),
        ["tiers null"] = (p => p["tiers"] = null, "validation_failed", "tiers"),
        ["three tiers"] = (p => Tiers(p).RemoveAt(3), "validation_failed", "tiers"),
        ["Gold twice"] = (p => Tier(p, 3)["tier"] = "Gold", "validation_failed", "tiers"),
        ["discountRate 0"] = (p => Tier(p, 0)["discountRate"] = 0m, "validation_failed", "tiers[0].discountRate"),
        ["discountRate 1.5"] = (p => Tier(p, 1)["discountRate"] = 1.5m, "validation_failed", "tiers[1].discountRate"),
        ["negative threshold"] = (p => Tier(p, 1)["spendThreshold"] = -1m, "validation_failed", "tiers[1].spendThreshold"),
        ["pointsMultiplier 101"] = (p => Tier(p, 3)["pointsMultiplier"] = 101m, "validation_failed", "tiers[3].pointsMultiplier"),
        ["benefits oversize"] = (p => Tier(p, 0)["benefits"] = new string('b', 501), "validation_failed", "tiers[0].benefits"),
        ["unknown tier"] = (p => Tier(p, 2)["tier"] = "Platinum", "body_invalid", "tiers[2].tier"),
        ["discountRate as string"] = (p => Tier(p, 3)["discountRate"] = "0.88", "body_invalid", "tiers[3].discountRate"),
        ["timeZone unknown"] = (p => p["timeZone"] = "Mars/Olympus_Mons", "validation_failed", "timeZone"),
        ["timeZone missing"] = (p => p.Remove("timeZone"), "validation_failed", "timeZone"),
        ["pointsPerYuan 0"] = (p => p["pointsPerYuan"] = 0, "validation_failed", "pointsPerYuan"),
        ["pointsPerYuan fraction"] = (p => p["pointsPerYuan"] = 1.5m, "body_invalid", "pointsPerYuan"),
        ["birthdayDiscountRate 0"] = (p => p["birthdayDiscountRate"] = 0m, "validation_failed", "birthdayDiscountRate"),
        ["birthdayDiscountRate 1.5"] = (p => p["birthdayDiscountRate"] = 1.5m, "validation_failed", "birthdayDiscountRate"),
        ["pointsExpiryMonths 0"] = (p => p["pointsExpiryMonths"] = 0, "validation_failed", "pointsExpiryMonths"),
        ["upgradeSpendWindowMonths 0"] = (p => p["upgradeSpendWindowMonths"] = 0, "validation_failed", "upgradeSpendWindowMonths"),
        ["cardValidityMonths 0"] = (p => p["cardValidityMonths"] = 0, "validation_failed", "cardValidityMonths"),
        ["singlePurchaseUpgradeThreshold negative"] = (p => p["singlePurchaseUpgradeThreshold"] = -0.01m, "validation_failed", "singlePurchaseUpgradeThreshold"),
        ["defaultOnlineBranchCode unknown"] = (p => p["defaultOnlineBranchCode"] = "NOPE", "branch.not_found", "defaultOnlineBranchCode"),
        ["complaintResponseHours 0"] = (p => p["complaintResponseHours"] = 0, "validation_failed", "complaintResponseHours"),
        ["complaintResponseHours 721"] = (p => p["complaintResponseHours"] = 721, "validation_failed", "complaintResponseHours"),
        ["follow-up thankYouMinutes 0"] = (p => Cadence(p)["thankYouMinutes"] = 0, "validation_failed", "followUpCadence.thankYouMinutes"),
        ["follow-up careDays missing"] = (p => Cadence(p).Remove("careDays"), "validation_failed", "followUpCadence.careDays"),
        ["follow-up care before thank-you"] = (p => (Cadence(p)["thankYouMinutes"], Cadence(p)["careDays"]) = (1440, 1), "validation_failed", "followUpCadence.careDays"),
        ["follow-up greeting before care"] = (p => Cadence(p)["careDays"] = 14, "validation_failed", "followUpCadence.greetingWeeks"),
        ["follow-up first call before greeting"] = (p => Cadence(p)["greetingWeeks"] = 5, "validation_failed", "followUpCadence.callMonths"),
        ["follow-up calls not ascending"] = (p => Cadence(p)["callMonths"] = new JsonArray(1, 4, 4, 9), "validation_failed", "followUpCadence.callMonths"),
        ["follow-up three calls"] = (p => Cadence(p)["callMonths"] = new JsonArray(1, 4, 6), "validation_failed", "followUpCadence.callMonths"),
        ["follow-up call month 0"] = (p => Cadence(p)["callMonths"] = new JsonArray(0, 4, 6, 9), "validation_failed", "followUpCadence.callMonths[0]"),
    };

    public static TheoryData<string> InvalidProgrammes() => new(Cases.Keys);

    [Fact]
    public async Task UpdateProgramme_WhenBaseIsSentBackUnchanged_Returns200()
    {
        var programme = await CurrentProgrammeAsync();

        var response = await HeadOffice().PutAsJsonAsync(Route, programme);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(InvalidProgrammes))]
    public async Task UpdateProgramme_WhenOneSettingIsInvalid_Returns400NamingFieldAndWritesNothing(string name)
    {
        var (breakIt, code, field) = Cases[name];
        var programme = await CurrentProgrammeAsync();
        breakIt(programme);
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().PutAsJsonAsync(Route, programme);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code, field);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [InlineData(2, 500)]
    [InlineData(3, 10_000)]
    [InlineData(0, 100)]
    public async Task UpdateProgramme_WhenThresholdsDoNotRiseFromRegularZero_IsRejectedAndWritesNothing(int tier, int threshold)
    {
        var programme = await CurrentProgrammeAsync();
        Tier(programme, tier)["spendThreshold"] = threshold;
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().PutAsJsonAsync(Route, programme);

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBeOneOf([HttpStatusCode.BadRequest, HttpStatusCode.Conflict], body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ProblemAssertions.ProblemJson, body);
        JsonNode.Parse(body)!["code"]!.GetValue<string>().ShouldStartWith(response.StatusCode == HttpStatusCode.Conflict ? "programme." : "validation_failed");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task UpdateProgramme_WhenBodyIsNotJson_Returns400BodyInvalid()
    {
        var response = await HeadOffice().SendRawAsync(HttpMethod.Put, Route, "timeZone=Asia/Shanghai");

        await response.ShouldBeUnreadableBodyAsync("body");
    }

    private static JsonArray Tiers(JsonObject programme) => programme["tiers"]!.AsArray();

    private static JsonObject Tier(JsonObject programme, int index) => Tiers(programme)[index]!.AsObject();

    private static JsonObject Cadence(JsonObject programme) => programme["followUpCadence"]!.AsObject();

    private async Task<JsonObject> CurrentProgrammeAsync()
    {
        var programme = await HeadOffice().GetFromJsonAsync<JsonObject>(Route);
        programme.ShouldNotBeNull();
        Tiers(programme).Count.ShouldBe(4);
        return programme;
    }
}
