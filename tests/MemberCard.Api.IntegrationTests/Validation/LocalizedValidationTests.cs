namespace MemberCard.Api.IntegrationTests.Validation;

using System.Net;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>The spec: messages in English, and in Chinese when the request says <c>Accept-Language: zh-CN</c>.</summary>
public sealed class LocalizedValidationTests(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Apply_WhenPhoneIsInvalidAndChineseIsAsked_ReturnsCatalogueMessage()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        branch.Client.DefaultRequestHeaders.Add("Accept-Language", "zh-CN");

        var response = await branch.Client.PostRawAsync(CardApplicationCases.Offline, RawJson.With(CardApplicationCases.ValidBody, "phone", "\"123\""));

        var problem = await response.ShouldBeValidationProblemAsync("phone");
        Messages(problem, "phone").ShouldContain("手机号格式不正确。");
        problem["title"]!.GetValue<string>().ShouldBe("请求参数有误。");
    }

    [Fact]
    public async Task Apply_WhenPhoneIsInvalidAndNoLanguageIsAsked_ReturnsEnglishMessage()
    {
        var branch = await OpenBranchAsync("SZ001", "755");

        var response = await branch.Client.PostRawAsync(CardApplicationCases.Offline, RawJson.With(CardApplicationCases.ValidBody, "phone", "\"123\""));

        var problem = await response.ShouldBeValidationProblemAsync("phone");
        Messages(problem, "phone").ShouldAllBe(m => !HasChinese(m));
        Messages(problem, "phone").ShouldContain(m => m.Contains("mobile", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Rows (field, JSON value) the validators reject, with built-in and catalogue messages alike.</summary>
    public static TheoryData<string, string> InvalidFields() => new()
    {
        { "name", "\"\"" },
        { "name", "\"   \"" },
        { "name", RawJson.StringOf(51, '张') },
        { "address", RawJson.StringOf(201, '长') },
        { "email", "\"not-an-email\"" },
        { "birthDate", "\"1800-01-01\"" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Apply_WhenFieldIsInvalidAndChineseIsAsked_ReturnsChineseMessages(string field, string value)
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        branch.Client.DefaultRequestHeaders.Add("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");
        var body = RawJson.With(CardApplicationCases.ValidBody, field, value);

        var response = await branch.Client.PostRawAsync(CardApplicationCases.Offline, body);

        var problem = await response.ShouldBeValidationProblemAsync(field);
        Messages(problem, field).ShouldAllBe(m => HasChinese(m), problem.ToJsonString());
    }

    [Fact]
    public async Task ListMembers_WhenPageSizeIsTooLargeAndChineseIsAsked_ReturnsFluentValidationChineseMessage()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        branch.Client.DefaultRequestHeaders.Add("Accept-Language", "zh-CN");

        var response = await branch.Client.GetAsync("/api/v1/branch/members?pageSize=101");

        var problem = await response.ShouldBeValidationProblemAsync("pageSize");
        Messages(problem, "pageSize").ShouldAllBe(m => HasChinese(m), problem.ToJsonString());
    }

    [Fact]
    public async Task LookupCard_WhenCodeIsInvalidAndChineseIsAsked_ReturnsCatalogueMessage()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        branch.Client.DefaultRequestHeaders.Add("Accept-Language", "zh-CN");

        var response = await branch.Client.GetAsync("/api/v1/branch/cards/lookup?code=abc");

        var problem = await response.ShouldBeValidationProblemAsync("code");
        Messages(problem, "code").ShouldContain("请输入会员卡号或手机号。");
    }

    [Fact]
    public async Task Login_WhenCodeIsRejectedAndChineseIsAsked_ReturnsCatalogueMessage()
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add("Accept-Language", "zh-CN");

        var response = await client.PostRawAsync("/api/v1/auth/wechat/login", """{"code":"not-a-dev-code"}""");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "wechat.code_invalid", "code");
        Messages(problem, "code").ShouldContain("微信授权码无效。");
    }

    [Fact]
    public async Task Apply_WhenEnumIsUnknownAndChineseIsAsked_ReturnsChineseMessages()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        branch.Client.DefaultRequestHeaders.Add("Accept-Language", "zh-CN");

        var response = await branch.Client.PostRawAsync(CardApplicationCases.Offline, RawJson.With(CardApplicationCases.ValidBody, "gender", "\"Alien\""));

        var problem = await response.ShouldBeUnreadableBodyAsync("gender");
        HasChinese(problem["title"]!.GetValue<string>()).ShouldBeTrue(problem.ToJsonString());
        Messages(problem, "gender").ShouldAllBe(m => HasChinese(m), problem.ToJsonString());
    }

    /// <summary>Rows (method, route, body, field) whose validators use messages of their own rather than built-in ones.</summary>
    public static TheoryData<string, string, string, string> CustomMessageCases() => new()
    {
        { "POST", "/api/v1/hq/branches", """{"code":"GZ 001","name":"广州店","regionCode":"020","kind":"Direct"}""", "code" },
        { "POST", "/api/v1/hq/branches", """{"code":"GZ001","name":"广州店","regionCode":"20","kind":"Direct"}""", "regionCode" },
        { "POST", "/api/v1/hq/api-keys", """{"name":"POS","role":"Branch"}""", "branchId" },
        { "POST", "/api/v1/hq/api-keys", """{"name":"HQ","role":"HeadOffice","branchCode":"SZ001"}""", "branchId" },
        { "PATCH", "/api/v1/hq/branches/{branchId}", """{"name":"   "}""", "name" },
    };

    [Theory]
    [MemberData(nameof(CustomMessageCases))]
    public async Task HeadOffice_WhenInputIsInvalidAndChineseIsAsked_ReturnsChineseMessages(string method, string route, string body, string field)
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var hq = HeadOffice();
        hq.DefaultRequestHeaders.Add("Accept-Language", "zh-CN");

        var response = await hq.SendRawAsync(new HttpMethod(method), route.Replace("{branchId}", branch.Id.ToString(), StringComparison.Ordinal), body);

        var problem = await response.ShouldBeValidationProblemAsync(field);
        Messages(problem, field).ShouldAllBe(m => HasChinese(m), problem.ToJsonString());
    }

    private static List<string> Messages(JsonObject problem, string field) =>
        problem["errors"]![field]!.AsArray().Select(m => m!.GetValue<string>()).ToList();

    private static bool HasChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
