namespace MemberCard.Api.IntegrationTests.Validation;

using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;

public sealed class WeChatLoginValidationTests(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    private const string Route = "/api/v1/auth/wechat/login";

    /// <summary>Rows (body, expected code, field).</summary>
    public static TheoryData<string, string, string> InvalidLogins() => new()
    {
        { "{}", "validation_failed", "code" },
        { """{"code":""}""", "validation_failed", "code" },
        { """{"code":"   "}""", "validation_failed", "code" },
        { """{"code":"dev:""" + new string('a', 125) + "\"}", "validation_failed", "code" },
        { """{"code":12345}""", "body_invalid", "code" },
        { """{"code":["dev:someone"]}""", "body_invalid", "code" },
        { """{"code":"071abcDEF"}""", "wechat.code_invalid", "code" },
        { """{"code":"dev:"}""", "wechat.code_invalid", "code" },
        { """{"code":"dev:not an openid!"}""", "wechat.code_invalid", "code" },
        { "not json", "body_invalid", "body" },
        { """["dev:someone"]""", "body_invalid", "body" },
        { string.Empty, "body_invalid", "body" },
    };

    [Fact]
    public async Task Login_WhenCodeIsASimulatedCode_ReturnsToken()
    {
        var response = await Anonymous().PostRawAsync(Route, """{"code":"dev:someone"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await ReadJsonAsync(response))["accessToken"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [MemberData(nameof(InvalidLogins))]
    public async Task Login_WhenBodyIsInvalid_Returns400NamingFieldAndWritesNothing(string body, string code, string field)
    {
        var before = await SnapshotDatabaseAsync();

        var response = await Anonymous().PostRawAsync(Route, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code, field);
        problem.ContainsKey("accessToken").ShouldBeFalse();
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }
}
