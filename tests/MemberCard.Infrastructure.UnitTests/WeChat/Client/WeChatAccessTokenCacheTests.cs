namespace MemberCard.Infrastructure.UnitTests.WeChat.Client;

using MemberCard.Application.Common.WeChat;
using MemberCard.Infrastructure.WeChat.Client;

public sealed class WeChatAccessTokenCacheTests : IDisposable
{
    private const string DecryptPath = "/card/code/decrypt";

    private readonly WeChatClientHost _host = new();

    public WeChatAccessTokenCacheTests() =>
        _host.WeChat.On(DecryptPath, (_, _) => FakeWeChatHandler.Json("""{"errcode":0,"errmsg":"ok","code":"110201201245"}"""));

    [Fact]
    public async Task GetAsync_WhenFiftyCallersArriveTogether_FetchesOneStableToken()
    {
        _host.WeChat.OnAsync(FakeWeChatHandler.StableTokenPath, async (_, call, cancellationToken) =>
        {
            await Task.Delay(100, cancellationToken);
            return FakeWeChatHandler.Json($$"""{"access_token":"TOKEN-{{call}}","expires_in":7200}""");
        });

        var codes = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => _host.Cards.DecryptCodeAsync("encrypted", CancellationToken.None)));

        codes.ShouldAllBe(code => code == "110201201245");
        _host.WeChat.Count(FakeWeChatHandler.StableTokenPath).ShouldBe(1);
        _host.WeChat.To(DecryptPath).Select(r => r.AccessToken).ShouldAllBe(token => token == "TOKEN-1");
        _host.WeChat.Count(DecryptPath).ShouldBe(50);
    }

    [Fact]
    public async Task GetAsync_WhenFetching_PostsNormalModeStableTokenRequestForTheApp()
    {
        await _host.Cards.DecryptCodeAsync("encrypted", CancellationToken.None);

        var fetch = _host.WeChat.To(FakeWeChatHandler.StableTokenPath).ShouldHaveSingleItem();
        fetch.Method.ShouldBe(HttpMethod.Post);
        fetch.Query.Count.ShouldBe(0);
        var body = fetch.Json();
        body.GetProperty("grant_type").GetString().ShouldBe("client_credential");
        body.GetProperty("appid").GetString().ShouldBe(WeChatClientHost.OfficialAccountAppId);
        body.GetProperty("secret").GetString().ShouldBe(WeChatClientHost.OfficialAccountSecret);
        body.GetProperty("force_refresh").GetBoolean().ShouldBeFalse();
        _host.WeChat.Requests.ShouldNotContain(r => r.Path == "/cgi-bin/token");
    }

    [Fact]
    public async Task GetAsync_WhenTokenStillFresh_ReusesIt()
    {
        await _host.Cards.DecryptCodeAsync("encrypted", CancellationToken.None);
        _host.Clock.Advance(TimeSpan.FromSeconds(7200) - TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));

        await _host.Cards.DecryptCodeAsync("encrypted", CancellationToken.None);

        _host.WeChat.Count(FakeWeChatHandler.StableTokenPath).ShouldBe(1);
        _host.WeChat.To(DecryptPath).Select(r => r.AccessToken).ShouldBe(["TOKEN-1", "TOKEN-1"]);
    }

    [Fact]
    public async Task GetAsync_WhenWithinFiveMinutesOfExpiry_FetchesAheadOfIt()
    {
        await _host.Cards.DecryptCodeAsync("encrypted", CancellationToken.None);
        _host.Clock.Advance(TimeSpan.FromSeconds(7200) - TimeSpan.FromMinutes(5));

        await _host.Cards.DecryptCodeAsync("encrypted", CancellationToken.None);

        _host.WeChat.Count(FakeWeChatHandler.StableTokenPath).ShouldBe(2);
        _host.WeChat.To(DecryptPath)[^1].AccessToken.ShouldBe("TOKEN-2");
    }

    [Fact]
    public async Task GetAsync_WhenEachAppCalls_KeepsOneTokenPerApp()
    {
        _host.WeChat.On("/cgi-bin/message/subscribe/send", (_, _) => FakeWeChatHandler.Ok());

        await _host.Cards.DecryptCodeAsync("encrypted", CancellationToken.None);
        await _host.MiniProgram.SendSubscribeMessageAsync("o-mini", "tmpl", null, new Dictionary<string, string>(), CancellationToken.None);

        _host.WeChat.To(FakeWeChatHandler.StableTokenPath).Select(r => r.Json().GetProperty("appid").GetString())
            .ShouldBe([WeChatClientHost.OfficialAccountAppId, WeChatClientHost.MiniProgramAppId]);
        _host.WeChat.To("/cgi-bin/message/subscribe/send").ShouldHaveSingleItem().AccessToken.ShouldBe("TOKEN-2");
    }

    [Fact]
    public async Task Call_WhenTokenRejectedOnce_RefetchesAndRetriesOnce()
    {
        _host.WeChat.On(DecryptPath, (request, _) => request.AccessToken == "TOKEN-1"
            ? FakeWeChatHandler.Error(42001, "access_token expired")
            : FakeWeChatHandler.Json("""{"errcode":0,"code":"110201201245"}"""));

        var code = await _host.Cards.DecryptCodeAsync("encrypted", CancellationToken.None);

        code.ShouldBe("110201201245");
        _host.WeChat.Count(FakeWeChatHandler.StableTokenPath).ShouldBe(2);
        _host.WeChat.To(DecryptPath).Select(r => r.AccessToken).ShouldBe(["TOKEN-1", "TOKEN-2"]);
    }

    [Theory]
    [InlineData(40001)]
    [InlineData(40014)]
    [InlineData(42001)]
    public async Task Call_WhenTokenRejectedTwice_ThrowsInvalidTokenAfterOneRetry(int errorCode)
    {
        _host.WeChat.On(DecryptPath, (_, _) => FakeWeChatHandler.Error(errorCode));

        var exception = await Should.ThrowAsync<WeChatApiException>(() => _host.Cards.DecryptCodeAsync("encrypted", CancellationToken.None));

        exception.Kind.ShouldBe(WeChatErrorKind.InvalidToken);
        exception.ErrorCode.ShouldBe(errorCode);
        _host.WeChat.Count(DecryptPath).ShouldBe(2);
        _host.WeChat.Count(FakeWeChatHandler.StableTokenPath).ShouldBe(2);
    }

    [Fact]
    public async Task Call_WhenRenewedTokenAlsoRejected_DropsItSoTheNextCallFetchesAgain()
    {
        _host.WeChat.On(DecryptPath, (request, _) => request.AccessToken is "TOKEN-1" or "TOKEN-2"
            ? FakeWeChatHandler.Error(40001, "invalid credential")
            : FakeWeChatHandler.Json("""{"errcode":0,"code":"110201201245"}"""));
        await Should.ThrowAsync<WeChatApiException>(() => _host.Cards.DecryptCodeAsync("encrypted", CancellationToken.None));

        var code = await _host.Cards.DecryptCodeAsync("encrypted", CancellationToken.None);

        code.ShouldBe("110201201245");
        _host.WeChat.To(DecryptPath).Select(r => r.AccessToken).ShouldBe(["TOKEN-1", "TOKEN-2", "TOKEN-3"]);
    }

    [Fact]
    public async Task Invalidate_WhenTokenAlreadyReplaced_KeepsTheNewOne()
    {
        var transport = new WeChatTransport(
            _host.HttpClientFactory,
            WeChatHttpClientRegistration.OfficialAccountClientName,
            new WeChatAppCredentials { AppId = WeChatClientHost.OfficialAccountAppId, AppSecret = WeChatClientHost.OfficialAccountSecret });
        var cache = new WeChatAccessTokenCache(transport, _host.Clock);
        var first = await cache.GetAsync(CancellationToken.None);
        cache.Invalidate(first);
        var second = await cache.GetAsync(CancellationToken.None);

        cache.Invalidate(first);
        var third = await cache.GetAsync(CancellationToken.None);

        second.ShouldBe("TOKEN-2");
        third.ShouldBe(second);
        _host.WeChat.Count(FakeWeChatHandler.StableTokenPath).ShouldBe(2);
    }

    [Fact]
    public async Task GetAsync_WhenStableTokenRefused_ThrowsWithoutTheSecret()
    {
        _host.WeChat.On(FakeWeChatHandler.StableTokenPath, (_, _) =>
            FakeWeChatHandler.Error(40125, $"invalid appsecret {WeChatClientHost.OfficialAccountSecret} rid: 1"));

        var exception = await Should.ThrowAsync<WeChatApiException>(() => _host.Cards.DecryptCodeAsync("encrypted", CancellationToken.None));

        exception.Kind.ShouldBe(WeChatErrorKind.Configuration);
        exception.Endpoint.ShouldBe("/cgi-bin/stable_token");
        exception.Message.ShouldContain("40125");
        exception.ToString().ShouldNotContain(WeChatClientHost.OfficialAccountSecret);
        _host.WeChat.Count(DecryptPath).ShouldBe(0);
    }

    public void Dispose() => _host.Dispose();
}
