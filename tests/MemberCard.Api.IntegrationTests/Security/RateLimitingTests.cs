namespace MemberCard.Api.IntegrationTests.Security;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>Each API key has its own budget of requests per minute; one noisy till does not starve another.</summary>
public sealed class RateLimitingTests(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    private const int Permits = 5;

    [Fact]
    public async Task BranchRoute_WhenOneKeyExceedsItsPermitsPerMinute_Returns429WhileAnotherKeyIsServed()
    {
        var limited = new MemberCardApiFactory { PermitsPerMinute = Permits };
        await limited.InitializeAsync();
        try
        {
            var hq = limited.CreateClient();
            hq.DefaultRequestHeaders.Add("X-Api-Key", MemberCardApiFactory.HeadOfficeKey);
            (await hq.PostAsJsonAsync("/api/v1/hq/branches", new { code = "RL001", name = "RL001 store", regionCode = "010", kind = "Direct" }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
            var noisy = await IssueKeyAsync(limited, hq, "noisy till");
            var quiet = await IssueKeyAsync(limited, hq, "quiet till");
            var served = new List<HttpStatusCode>();

            for (var i = 0; i < Permits; i++)
            {
                served.Add((await noisy.GetAsync("/api/v1/branch/members")).StatusCode);
            }

            var rejected = await noisy.GetAsync("/api/v1/branch/members");
            var other = await quiet.GetAsync("/api/v1/branch/members");

            served.ShouldAllBe(s => s == HttpStatusCode.OK);
            var body = await rejected.Content.ReadAsStringAsync();
            rejected.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, body);
            rejected.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
            JsonNode.Parse(body)!["code"]!.GetValue<string>().ShouldBe("rate_limited");
            rejected.Headers.RetryAfter.ShouldNotBeNull();
            other.StatusCode.ShouldBe(HttpStatusCode.OK, await other.Content.ReadAsStringAsync());
        }
        finally
        {
            await ((IAsyncLifetime)limited).DisposeAsync();
        }
    }

    private static async Task<HttpClient> IssueKeyAsync(MemberCardApiFactory limited, HttpClient hq, string name)
    {
        var response = await hq.PostAsJsonAsync("/api/v1/hq/api-keys", new { name, role = "Branch", branchCode = "RL001" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var issued = await response.Content.ReadFromJsonAsync<JsonObject>();
        var client = limited.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", issued!["secret"]!.GetValue<string>());
        return client;
    }
}
