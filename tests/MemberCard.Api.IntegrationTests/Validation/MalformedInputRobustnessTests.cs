namespace MemberCard.Api.IntegrationTests.Validation;

using System.Net;
using System.Text;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>No input, however mangled, may surface as a 5xx: every rejection is a 4xx problem and writes nothing.</summary>
public sealed class MalformedInputRobustnessTests(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    private static readonly string Valid = CardApplicationCases.ValidBody;

    /// <summary>Assorted bodies that are each invalid as a card application, for one reason or another.</summary>
    private static readonly string[] MalformedApplications =
    [
        string.Empty,
        " ",
        "null",
        "true",
        "0",
        "-1e999",
        "\"\"",
        "[]",
        "[null]",
        "{}",
        "{",
        "}",
        "{\"name\":}",
        "{\"name\":\"张三\",}",
        "{'name':'张三'}",
        "{name:\"张三\"}",
        "{}{}",
        Valid + " trailing",
        Valid + Valid,
        "\u001f" + Valid,
        "{\"name\":\"\\ud800\",\"gender\":\"Female\",\"birthDate\":\"1990-05-12\",\"phone\":\"13800138000\"}",
        "{\"name\":1e400}",
        "{\"name\":\"" + new string('名', 10_000) + "\"}",
        "{\"name\":\"张三\",\"name\":\"李四\"}",
        "{\"__proto__\":{\"admin\":true}}",
        RawJson.With(Valid, "birthDate", "\"0000-00-00\""),
        RawJson.With(Valid, "birthDate", "\"0001-01-01\""),
        RawJson.With(Valid, "birthDate", "\"9999-12-31\""),
        RawJson.With(Valid, "birthDate", "\"1990-02-30\""),
        RawJson.With(Valid, "birthDate", "\"1990-05-12T00:00:00Z\""),
        RawJson.With(Valid, "birthDate", "\"+001990-05-12\""),
        RawJson.With(Valid, "birthDate", "{}"),
        RawJson.With(Valid, "gender", "\"Female,Male\""),
        RawJson.With(Valid, "gender", "\"99\""),
        RawJson.With(Valid, "gender", "\"-1\""),
        RawJson.With(Valid, "gender", "null"),
        RawJson.With(Valid, "phone", "[\"13800138000\"]"),
        RawJson.With(Valid, "phone", "\"+86 138 0013 8000 ext 12\""),
        RawJson.With(Valid, "phone", "\"１３８００１３８０００\""),
        RawJson.With(Valid, "phone", "\"13800138000\\u0000\""),
        RawJson.With(Valid, "email", "{\"$ref\":\"#/x\"}"),
        RawJson.With(Valid, "email", "\"a@\""),
        RawJson.With(Valid, "address", new string('[', 100) + new string(']', 100)),
        new string('[', 1_000) + new string(']', 1_000),
        new string('{', 1_000),
    ];

    /// <summary>Bodies sent to every route that reads one.</summary>
    private static readonly string[] GenericMalformedBodies =
    [
        string.Empty,
        "null",
        "[]",
        "{",
        "not json",
        "{\"x\":" + new string('[', 500) + new string(']', 500) + "}",
        "{\"name\":{\"name\":{\"name\":1}}}",
        "{\"code\":1,\"phoneCode\":2,\"name\":3,\"gender\":4,\"tiers\":5,\"role\":6,\"kind\":7,\"status\":8}",
    ];

    [Theory]
    [MemberData(nameof(CardApplicationCases.BothRoutes), MemberType = typeof(CardApplicationCases))]
    public async Task Apply_WhenBodiesAreMalformed_EveryResponseIs4xxProblemAndNothingIsWritten(string route)
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        await SetDefaultOnlineBranchAsync(branch.Code);
        var client = route == CardApplicationCases.Offline ? branch.Client : await ShopperAsync("robustness");
        var before = await SnapshotDatabaseAsync();

        var failures = new List<string>();
        foreach (var body in MalformedApplications)
        {
            failures.AddRange(await SendAsync(client, HttpMethod.Post, route, body));
        }

        MalformedApplications.Length.ShouldBeGreaterThanOrEqualTo(30);
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task EveryBodyRoute_WhenBodiesAreMalformed_EveryResponseIs4xxProblemAndNothingIsWritten()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        await SetDefaultOnlineBranchAsync(branch.Code);
        var shopper = await ShopperAsync("robustness");
        var applied = await shopper.PostRawAsync(CardApplicationCases.Online, CardApplicationCases.ValidBody);
        applied.StatusCode.ShouldBe(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        var hq = HeadOffice();
        (HttpClient Client, HttpMethod Method, string Route)[] routes =
        [
            (Anonymous(), HttpMethod.Post, "/api/v1/auth/wechat/login"),
            (shopper, HttpMethod.Post, "/api/v1/me/card-applications"),
            (shopper, HttpMethod.Post, "/api/v1/me/phone"),
            (shopper, HttpMethod.Patch, "/api/v1/me/profile"),
            (branch.Client, HttpMethod.Post, "/api/v1/branch/card-applications"),
            (hq, HttpMethod.Post, "/api/v1/hq/branches"),
            (hq, HttpMethod.Patch, $"/api/v1/hq/branches/{branch.Id}"),
            (hq, HttpMethod.Put, "/api/v1/hq/programme"),
            (hq, HttpMethod.Post, "/api/v1/hq/api-keys"),
        ];
        var before = await SnapshotDatabaseAsync();

        var failures = new List<string>();
        foreach (var (client, method, route) in routes)
        {
            foreach (var body in GenericMalformedBodies)
            {
                failures.AddRange(await SendAsync(client, method, route, body));
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    /// <summary>Sends one body; returns a description of what was wrong with the answer, if anything.</summary>
    private static async Task<IEnumerable<string>> SendAsync(HttpClient client, HttpMethod method, string route, string body)
    {
        using var response = await client.SendRawAsync(method, route, body);
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        return status is >= 400 and < 500 && mediaType == ProblemAssertions.ProblemJson
            ? []
            : [$"{method} {route} with {Describe(body)} → {status} {mediaType}: {Describe(text)}"];
    }

    private static string Describe(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text.Length > 120 ? text[..120] + "…" : text)
        {
            escaped.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return escaped.ToString();
    }
}
