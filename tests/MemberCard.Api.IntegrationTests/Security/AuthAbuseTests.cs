namespace MemberCard.Api.IntegrationTests.Security;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Stolen, retired and doctored credentials, and callers who try to out-run their budget. The forged-token cases
/// live in <see cref="BearerTokenAbuseTests"/>, closed branches in <see cref="ClosedBranchKeyTests"/>, replayed
/// WeChat pushes in the WeChat callback tests; these are the cases they leave open.
/// </summary>
public sealed class AuthAbuseTests(MemberCardApiFactory factory) : IsolationTestBase(factory)
{
    private const int Permits = 5;

    [Fact]
    public async Task BranchKey_WhenRevokedAfterBeingUsed_Returns401AtOnce()
    {
        var branch = await OpenBranchAsync("SZA01", "755");
        var used = await branch.Client.GetAsync("/api/v1/branch/members");

        var revoked = await HeadOffice().DeleteAsync($"/api/v1/hq/api-keys/{branch.KeyId}");
        var afterRevoke = await branch.Client.GetAsync("/api/v1/branch/members");

        used.StatusCode.ShouldBe(HttpStatusCode.OK);
        revoked.StatusCode.ShouldBe(HttpStatusCode.OK, await revoked.Content.ReadAsStringAsync());
        (await ProblemMismatchAsync(afterRevoke, HttpStatusCode.Unauthorized, "unauthorized")).ShouldBeNull();
    }

    [Fact]
    public async Task BranchKey_WhenRotated_TheOldValueIs401AndTheNewOneServes()
    {
        var branch = await OpenBranchAsync("SZA02", "755");
        (await branch.Client.GetAsync("/api/v1/branch/members")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var issued = await HeadOffice().PostAsJsonAsync("/api/v1/hq/api-keys", new { name = "SZA02 POS 2", role = "Branch", branchCode = "SZA02" });
        var fresh = WithApiKey((await ReadJsonAsync(issued))["secret"]!.GetValue<string>());
        (await HeadOffice().DeleteAsync($"/api/v1/hq/api-keys/{branch.KeyId}")).EnsureSuccessStatusCode();
        var oldValue = await branch.Client.GetAsync("/api/v1/branch/members");
        var newValue = await fresh.GetAsync("/api/v1/branch/members");

        (await ProblemMismatchAsync(oldValue, HttpStatusCode.Unauthorized, "unauthorized")).ShouldBeNull();
        newValue.StatusCode.ShouldBe(HttpStatusCode.OK, await newValue.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Bearer tokens are shopper tokens, whatever they say: one signed with the server's own key that claims a
    /// branch's or head office's kind opens nothing of theirs (the key signs shopper logins, nothing else).
    /// </summary>
    [Theory]
    [InlineData("branch", "/api/v1/branch/members")]
    [InlineData("hq", "/api/v1/hq/branches")]
    public async Task StaffRoute_WhenABearerTokenSignedWithTheServerKeyClaimsStaffKind_Returns401(string kind, string route)
    {
        var branch = await OpenBranchAsync("SZA03", "755");
        var now = DateTimeOffset.UtcNow;
        var claims = ShopperTokens.Claims("staff-impostor", now, now.AddMinutes(10));
        claims["kind"] = kind;
        claims["branch_id"] = branch.Id.ToString();
        claims["key_id"] = branch.KeyId;
        var token = ShopperTokens.Sign(claims, "HS256", MemberCardApiFactory.JwtSigningKey);
        var before = await SnapshotDatabaseAsync();

        var response = await WithBearer(token).GetAsync(route);

        (await ProblemMismatchAsync(response, HttpStatusCode.Unauthorized, "unauthorized")).ShouldBeNull();
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task BranchRoute_WhenAGenuineShopperTokenHasABranchPastedIntoItsClaims_Returns401()
    {
        var branch = await OpenBranchAsync("SZA04", "755");
        var (_, _) = await OnlineMemberAsync("abuse-tamper", "13500004321", "孙悟空", branch.Code);
        var login = await Anonymous().PostAsJsonAsync("/api/v1/auth/wechat/login", new { code = "dev:abuse-tamper" });
        var genuine = (await ReadJsonAsync(login))["accessToken"]!.GetValue<string>();
        var parts = genuine.Split('.');
        var payload = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1]))))!.AsObject();
        payload["kind"] = "branch";
        payload["branch_id"] = branch.Id.ToString();
        payload["key_id"] = branch.KeyId;
        var tampered = parts[0] + "." + Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString())) + "." + parts[2];

        var asGenuine = await WithBearer(genuine).GetAsync("/api/v1/me/card");
        var asBranch = await WithBearer(tampered).GetAsync("/api/v1/branch/members");
        var genuineOnBranchRoute = await WithBearer(genuine).GetAsync("/api/v1/branch/members");

        asGenuine.StatusCode.ShouldBe(HttpStatusCode.OK, await asGenuine.Content.ReadAsStringAsync());
        (await ProblemMismatchAsync(asBranch, HttpStatusCode.Unauthorized, "unauthorized")).ShouldBeNull();
        genuineOnBranchRoute.StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task MeRoutes_WhenTheMemberHasExited_TheOldTokenChangesNothing()
    {
        var branch = await OpenBranchAsync("SZA05", "755");
        var (shopper, member) = await OnlineMemberAsync("abuse-exited", "13500005432", "猪八戒", branch.Code);
        var exit = await shopper.PostAsJsonAsync("/api/v1/me/exit", new { confirm = true, forfeitPoints = 0 });
        exit.StatusCode.ShouldBe(HttpStatusCode.OK, await exit.Content.ReadAsStringAsync());
        var before = await SnapshotDatabaseAsync();

        var card = await shopper.GetAsync("/api/v1/me/card");
        var lossReport = await shopper.PostAsync("/api/v1/me/card/loss-report", null);
        var ledger = await shopper.GetAsync("/api/v1/me/points/ledger");

        card.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        lossReport.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ledger.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ledger.Content.ReadAsStringAsync()).ShouldNotContain(member.CardNumber);
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    /// <summary>A burst sent all at once still gets exactly the budget, and a shopper's budget is theirs alone.</summary>
    [Fact]
    public async Task ShopperRoutes_WhenOneShopperBurstsBeyondTheLimit_ExactlyTheBudgetIsServedAndAnotherShopperIsNot429()
    {
        var limited = new MemberCardApiFactory { PermitsPerMinute = Permits };
        await limited.InitializeAsync();
        try
        {
            var noisy = Bearer(limited, "burst-shopper-1");
            var quiet = Bearer(limited, "burst-shopper-2");

            var burst = await Task.WhenAll(Enumerable.Range(0, Permits * 3).Select(_ => noisy.GetAsync("/api/v1/me/card")));
            var other = await quiet.GetAsync("/api/v1/me/card");

            burst.Count(r => r.StatusCode != HttpStatusCode.TooManyRequests).ShouldBe(Permits);
            var rejected = burst.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
            (await ProblemMismatchAsync(rejected, HttpStatusCode.TooManyRequests, "rate_limited")).ShouldBeNull();
            rejected.Headers.RetryAfter.ShouldNotBeNull();
            other.StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
        }
        finally
        {
            await ((IAsyncLifetime)limited).DisposeAsync();
        }
    }

    private static HttpClient Bearer(MemberCardApiFactory api, string openId)
    {
        var now = DateTimeOffset.UtcNow;
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer",
            ShopperTokens.Sign(ShopperTokens.Claims(openId, now, now.AddMinutes(10)), "HS256", MemberCardApiFactory.JwtSigningKey));
        return client;
    }

    private static string Pad(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s + new string('=', (4 - (s.Length % 4)) % 4);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
