namespace MemberCard.WeChatSimulator.Tests;

using MemberCard.WeChatSimulator.Tests.Support;

public sealed class RequestRecordingTests : IAsyncLifetime
{
    private SimulatorHost _sim = null!;

    public async Task InitializeAsync() => _sim = await SimulatorHost.StartAsync();

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task Requests_WhenCardCallWasMade_RecordBodyAndErrcodeWithTheTokenMasked()
    {
        var token = await _sim.OfficialAccountTokenAsync();
        var code = await _sim.CreateCardAsync();
        await _sim.PostAsync($"/card/membercard/updateuser?access_token={token}", new { code, card_id = _sim.Settings.CardId, bonus = 42 });

        var recorded = await _sim.GetAsync("/_sim/requests?path=/card/membercard/updateuser");

        var call = recorded.EnumerateArray().ShouldHaveSingleItem();
        call.GetProperty("method").GetString().ShouldBe("POST");
        call.GetProperty("query").GetString().ShouldBe("?access_token=***");
        call.GetProperty("body").GetProperty("bonus").GetInt32().ShouldBe(42);
        call.GetProperty("errcode").GetInt32().ShouldBe(0);
        recorded.GetRawText().ShouldNotContain(token);
    }

    [Fact]
    public async Task Requests_WhenTokensAndSessionsWereFetched_NeverContainTheSecrets()
    {
        await _sim.OfficialAccountTokenAsync();
        await _sim.GetAsync($"/sns/jscode2session?appid={_sim.Settings.MiniProgramAppId}&secret={_sim.Settings.MiniProgramSecret}&js_code=dev:o1&grant_type=authorization_code");

        var recorded = await _sim.GetAsync("/_sim/requests");

        recorded.GetArrayLength().ShouldBe(2);
        recorded.GetRawText().ShouldNotContain(_sim.Settings.OfficialAccountSecret);
        recorded.GetRawText().ShouldNotContain(_sim.Settings.MiniProgramSecret);
        recorded[0].GetProperty("body").GetProperty("secret").GetString().ShouldBe("***");
    }

    [Fact]
    public async Task Requests_WhenAFaultAnswered_RecordTheFault()
    {
        await _sim.PostAsync("/_sim/faults", new { mode = "busy", count = 1 });
        await _sim.ErrCodeAsync("/card/code/decrypt?access_token=x", new { encrypt_code = "enc_1" });

        var call = _sim.State.GetRequests("/card/code/decrypt").ShouldHaveSingleItem();

        call.Fault.ShouldBe("busy");
        call.ErrCode.ShouldBe(-1);
    }

    [Fact]
    public async Task Requests_WhenDeleted_AreEmpty()
    {
        await _sim.OfficialAccountTokenAsync();

        using var response = await _sim.Client.DeleteAsync(new Uri("/_sim/requests", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        (await _sim.GetAsync("/_sim/requests")).GetArrayLength().ShouldBe(0);
    }
}
