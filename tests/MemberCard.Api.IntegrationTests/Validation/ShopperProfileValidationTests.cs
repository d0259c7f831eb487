namespace MemberCard.Api.IntegrationTests.Validation;

using System.Globalization;
using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;

public sealed class ShopperProfileValidationTests(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    private const string PhoneRoute = "/api/v1/me/phone";
    private const string ProfileRoute = "/api/v1/me/profile";

    /// <summary>Rows (body, expected code, field) for POST /me/phone.</summary>
    public static TheoryData<string, string, string> InvalidPhoneBindings() => new()
    {
        { "{}", "validation_failed", "phoneCode" },
        { """{"phoneCode":""}""", "validation_failed", "phoneCode" },
        { """{"phoneCode":"dev:""" + new string('1', 125) + "\"}", "validation_failed", "phoneCode" },
        { """{"phoneCode":13900139000}""", "body_invalid", "phoneCode" },
        { """{"phoneCode":"dev:123"}""", "wechat.code_invalid", "phoneCode" },
        { """{"phoneCode":"dev:23900139000"}""", "wechat.code_invalid", "phoneCode" },
        { """{"phoneCode":"13900139000"}""", "wechat.code_invalid", "phoneCode" },
        { string.Empty, "body_invalid", "body" },
    };

    /// <summary>Rows (body, expected code, field) for PATCH /me/profile.</summary>
    public static TheoryData<string, string, string> InvalidProfileChanges()
    {
        var chinaToday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        return new()
        {
            { "{}", "validation_failed", "body" },
            { """{"name":null,"email":null}""", "validation_failed", "body" },
            { """{"phone":"123"}""", "validation_failed", "phone" },
            { """{"phone":"1380013800a"}""", "validation_failed", "phone" },
            { """{"email":"not-an-email"}""", "validation_failed", "email" },
            { """{"email":""" + "\"" + new string('e', 250) + "@example.com\"}", "validation_failed", "email" },
            { """{"birthDate":""" + Date(chinaToday.AddDays(1)) + "}", "validation_failed", "birthDate" },
            { """{"name":""" + RawJson.StringOf(51, '李') + "}", "validation_failed", "name" },
            { """{"name":"   "}""", "validation_failed", "name" },
            { """{"address":""" + RawJson.StringOf(201) + "}", "validation_failed", "address" },
            { """{"gender":"Alien"}""", "body_invalid", "gender" },
            { """{"birthDate":"31/12/1990"}""", "body_invalid", "birthDate" },
            { """{"name":42}""", "body_invalid", "name" },
            { """{"phone":13800138001}""", "body_invalid", "phone" },
            { string.Empty, "body_invalid", "body" },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidPhoneBindings))]
    public async Task BindPhone_WhenPhoneCodeIsInvalid_Returns400NamingFieldAndWritesNothing(string body, string code, string field)
    {
        var shopper = await MemberAsync();
        var before = await SnapshotDatabaseAsync();

        var response = await shopper.PostRawAsync(PhoneRoute, body);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code, field);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task UpdateProfile_WhenOneValidFieldChanges_Succeeds()
    {
        var shopper = await MemberAsync();

        var response = await shopper.SendRawAsync(HttpMethod.Patch, ProfileRoute, """{"address":"深圳市福田区"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(InvalidProfileChanges))]
    public async Task UpdateProfile_WhenChangeIsInvalid_Returns400NamingFieldAndWritesNothing(string body, string code, string field)
    {
        var shopper = await MemberAsync();
        var before = await SnapshotDatabaseAsync();

        var response = await shopper.SendRawAsync(HttpMethod.Patch, ProfileRoute, body);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code, field);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    private static string Date(DateOnly date) => "\"" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"";

    /// <summary>A shopper who already holds a card, so every request fails for its input alone.</summary>
    private async Task<HttpClient> MemberAsync()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        await SetDefaultOnlineBranchAsync(branch.Code);
        var shopper = await ShopperAsync("validation-member");
        var applied = await shopper.PostRawAsync(CardApplicationCases.Online, CardApplicationCases.ValidBody);
        applied.StatusCode.ShouldBe(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        return shopper;
    }
}
