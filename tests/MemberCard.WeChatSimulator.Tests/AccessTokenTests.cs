namespace MemberCard.WeChatSimulator.Tests;

using MemberCard.WeChatSimulator.Tests.Support;

public sealed class AccessTokenTests : IAsyncLifetime
{
    // decrypt of an unknown code answers 40056 once the token is accepted, so it shows what the token check said.
    private const string ProbePath = "/card/code/decrypt";
    private static readonly object ProbeBody = new { encrypt_code = "enc_unknown" };

    private SimulatorHost _sim = null!;

    public async Task InitializeAsync() => _sim = await SimulatorHost.StartAsync();

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task StableToken_WhenCalledTwice_ReturnsTheSameToken()
    {
        var first = await _sim.OfficialAccountTokenAsync();

        var second = await _sim.OfficialAccountTokenAsync();

        second.ShouldBe(first);
    }

    [Fact]
    public async Task StableToken_WhenCalled_AnswersTheLifetime()
    {
        var answer = await _sim.PostAsync("/cgi-bin/stable_token", new { grant_type = "client_credential", appid = _sim.Settings.MiniProgramAppId, secret = _sim.Settings.MiniProgramSecret });

        answer.GetProperty("expires_in").GetInt32().ShouldBe(7200);
        answer.TryGetProperty("errcode", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task StableToken_WhenForceRefresh_IssuesNewTokenAndTheOldStaysValid()
    {
        var old = await _sim.OfficialAccountTokenAsync();

        var fresh = await _sim.TokenAsync(_sim.Settings.OfficialAccountAppId, _sim.Settings.OfficialAccountSecret, forceRefresh: true);

        fresh.ShouldNotBe(old);
        (await _sim.ErrCodeAsync($"{ProbePath}?access_token={old}", ProbeBody)).ShouldBe(40056);
        (await _sim.ErrCodeAsync($"{ProbePath}?access_token={fresh}", ProbeBody)).ShouldBe(40056);
        (await _sim.OfficialAccountTokenAsync()).ShouldBe(fresh);
    }

    [Fact]
    public async Task StableToken_ForTwoApps_IssuesSeparateTokens()
    {
        var official = await _sim.OfficialAccountTokenAsync();

        var mini = await _sim.MiniProgramTokenAsync();

        mini.ShouldNotBe(official);
    }

    [Fact]
    public async Task StableToken_WhenSecretIsWrong_Answers40125()
    {
        var body = new { grant_type = "client_credential", appid = _sim.Settings.OfficialAccountAppId, secret = "wrong" };

        var errcode = await _sim.ErrCodeAsync("/cgi-bin/stable_token", body);

        errcode.ShouldBe(40125);
    }

    [Fact]
    public async Task StableToken_WhenAppIdIsUnknown_Answers40013()
    {
        var body = new { grant_type = "client_credential", appid = "wxunknown", secret = "offi-secret" };

        var errcode = await _sim.ErrCodeAsync("/cgi-bin/stable_token", body);

        errcode.ShouldBe(40013);
    }

    [Fact]
    public async Task CardCall_WhenTokensWereExpired_Answers42001AndAFreshTokenWorks()
    {
        var old = await _sim.OfficialAccountTokenAsync();
        await _sim.PostAsync("/_sim/tokens/expire");

        var expired = await _sim.ErrCodeAsync($"{ProbePath}?access_token={old}", ProbeBody);
        var fresh = await _sim.OfficialAccountTokenAsync();

        expired.ShouldBe(42001);
        fresh.ShouldNotBe(old);
        (await _sim.ErrCodeAsync($"{ProbePath}?access_token={fresh}", ProbeBody)).ShouldBe(40056);
    }

    [Fact]
    public async Task CardCall_WhenTokenLifetimeHasPassed_Answers42001()
    {
        await using var sim = await SimulatorHost.StartAsync(new SimulatorSettings { TokenLifetimeSeconds = 1 });
        var token = await sim.OfficialAccountTokenAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(1100));

        var errcode = await sim.ErrCodeAsync($"{ProbePath}?access_token={token}", ProbeBody);

        errcode.ShouldBe(42001);
    }

    [Fact]
    public async Task CardCall_WhenGivenTheMiniProgramToken_Answers40001()
    {
        var mini = await _sim.MiniProgramTokenAsync();

        var errcode = await _sim.ErrCodeAsync($"{ProbePath}?access_token={mini}", ProbeBody);

        errcode.ShouldBe(40001);
    }

    [Fact]
    public async Task MiniProgramCall_WhenGivenTheOfficialAccountToken_Answers40001()
    {
        var official = await _sim.OfficialAccountTokenAsync();

        var errcode = await _sim.ErrCodeAsync($"/wxa/business/getuserphonenumber?access_token={official}", new { code = "dev:13800000000" });

        errcode.ShouldBe(40001);
    }

    [Fact]
    public async Task CardCall_WhenTokenIsMissing_Answers41001()
    {
        var path = ProbePath;

        var errcode = await _sim.ErrCodeAsync(path, ProbeBody);

        errcode.ShouldBe(41001);
    }

    [Fact]
    public async Task CardCall_WhenTokenIsUnknown_Answers40001()
    {
        var path = $"{ProbePath}?access_token=made-up";

        var errcode = await _sim.ErrCodeAsync(path, ProbeBody);

        errcode.ShouldBe(40001);
    }
}
