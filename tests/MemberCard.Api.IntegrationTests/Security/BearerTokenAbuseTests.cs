namespace MemberCard.Api.IntegrationTests.Security;

using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>A shopper token the server did not issue, or no longer honours, opens nothing.</summary>
public sealed class BearerTokenAbuseTests(MemberCardApiFactory factory) : IsolationTestBase(factory)
{
    private const string OpenId = "token-abuse-shopper";
    private const string OtherKey = "an-attackers-own-signing-key-of-at-least-32-bytes";

    [Fact]
    public async Task MyCard_WhenTokenIsHandBuiltWithTheServerKey_Returns200()
    {
        var member = await ShopperWithCardAsync();
        var now = DateTimeOffset.UtcNow;
        var token = ShopperTokens.Sign(ShopperTokens.Claims(OpenId, now, now.AddMinutes(10)), "HS256", MemberCardApiFactory.JwtSigningKey);

        var response = await WithBearer(token).GetAsync("/api/v1/me/card");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await ReadJsonAsync(response))["cardNumber"]!.GetValue<string>().ShouldBe(member.CardNumber);
    }

    [Fact]
    public async Task MyCard_WhenTheServiceClockPassesTheTokensExpiry_Returns401()
    {
        await ShopperWithCardAsync();
        var shopper = await ShopperWithFixedTokenAsync(OpenId);
        var fresh = await shopper.GetAsync("/api/v1/me/card");

        Factory.Clock.Advance(TimeSpan.FromHours(3));
        var expired = await shopper.GetAsync("/api/v1/me/card");

        fresh.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ProblemMismatchAsync(expired, HttpStatusCode.Unauthorized, "unauthorized")).ShouldBeNull();
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("not yet valid")]
    [InlineData("signed with another key")]
    [InlineData("alg none")]
    [InlineData("alg HS512 with the server key")]
    [InlineData("other issuer")]
    [InlineData("other audience")]
    [InlineData("no expiry")]
    [InlineData("tampered subject")]
    public async Task MeRoutes_WhenTokenIsForged_Return401(string forgery)
    {
        await ShopperWithCardAsync();
        var token = Forge(forgery, DateTimeOffset.UtcNow);
        var before = await SnapshotDatabaseAsync();

        var card = await WithBearer(token).GetAsync("/api/v1/me/card");
        var lossReport = await WithBearer(token).PostAsync("/api/v1/me/card/loss-report", null);

        (await ProblemMismatchAsync(card, HttpStatusCode.Unauthorized, "unauthorized")).ShouldBeNull();
        (await ProblemMismatchAsync(lossReport, HttpStatusCode.Unauthorized, "unauthorized")).ShouldBeNull();
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    private static string Forge(string forgery, DateTimeOffset now)
    {
        var valid = ShopperTokens.Claims(OpenId, now, now.AddMinutes(10));
        var key = MemberCardApiFactory.JwtSigningKey;
        return forgery switch
        {
            "expired" => ShopperTokens.Sign(ShopperTokens.Claims(OpenId, now.AddHours(-3), now.AddMinutes(-10)), "HS256", key),
            "not yet valid" => ShopperTokens.Sign(ShopperTokens.Claims(OpenId, now.AddMinutes(10), now.AddMinutes(30)), "HS256", key),
            "signed with another key" => ShopperTokens.Sign(valid, "HS256", OtherKey),
            "alg none" => ShopperTokens.Sign(valid, "none", null),
            "alg HS512 with the server key" => ShopperTokens.Sign(valid, "HS512", key),
            "other issuer" => ShopperTokens.Sign(ShopperTokens.Claims(OpenId, now, now.AddMinutes(10), issuer: "someone-else"), "HS256", key),
            "other audience" => ShopperTokens.Sign(ShopperTokens.Claims(OpenId, now, now.AddMinutes(10), audience: "membercard-admin"), "HS256", key),
            "no expiry" => ShopperTokens.Sign(ShopperTokens.Claims(OpenId, now, expires: null), "HS256", key),
            "tampered subject" => Tamper(ShopperTokens.Sign(ShopperTokens.Claims("someone-else", now, now.AddMinutes(10)), "HS256", key)),
            _ => throw new ArgumentOutOfRangeException(nameof(forgery), forgery, null),
        };

        // Another shopper's genuine token with our shopper's claims pasted in: the signature no longer matches.
        string Tamper(string signed)
        {
            var parts = signed.Split('.');
            return parts[0] + "." + ShopperTokens.Sign(valid, "none", null).Split('.')[1] + "." + parts[2];
        }
    }

    private async Task<IsolatedMember> ShopperWithCardAsync()
    {
        var branch = await OpenBranchAsync("SZT01", "755");
        var (_, member) = await OnlineMemberAsync(OpenId, "13500001234", "沙和尚", branch.Code);
        return member;
    }
}
