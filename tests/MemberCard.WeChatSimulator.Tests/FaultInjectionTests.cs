namespace MemberCard.WeChatSimulator.Tests;

using System.Diagnostics;
using MemberCard.WeChatSimulator.Tests.Support;

public sealed class FaultInjectionTests : IAsyncLifetime
{
    private static readonly object ProbeBody = new { encrypt_code = "enc_unknown" };

    private SimulatorHost _sim = null!;
    private string _probePath = null!;

    public async Task InitializeAsync()
    {
        _sim = await SimulatorHost.StartAsync();
        _probePath = $"/card/code/decrypt?access_token={await _sim.OfficialAccountTokenAsync()}";
    }

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task Busy_WhenCountIsGiven_AnswersSystemErrorThatManyTimesThenRecovers()
    {
        await _sim.PostAsync("/_sim/faults", new { mode = "busy", count = 2 });

        var answers = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await _sim.ErrCodeAsync(_probePath, ProbeBody));
        }

        answers.ShouldBe([-1, -1, 40056]);
    }

    [Fact]
    public async Task Down_WhenSet_AbortsTheConnectionUntilLifted()
    {
        await _sim.PostAsync("/_sim/faults", new { mode = "down" });

        await Should.ThrowAsync<HttpRequestException>(() => _sim.ErrCodeAsync(_probePath, ProbeBody));
        await _sim.PostAsync("/_sim/faults", new { mode = "none" });

        (await _sim.ErrCodeAsync(_probePath, ProbeBody)).ShouldBe(40056);
    }

    [Fact]
    public async Task Slow_WhenSet_DelaysTheAnswerThenAnswersNormally()
    {
        await _sim.PostAsync("/_sim/faults", new { mode = "slow", latencyMs = 300, count = 1 });
        var stopwatch = Stopwatch.StartNew();

        var errcode = await _sim.ErrCodeAsync(_probePath, ProbeBody);

        stopwatch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(300));
        errcode.ShouldBe(40056);
    }

    [Fact]
    public async Task Busy_WhenPathPrefixIsGiven_LeavesOtherPathsAlone()
    {
        await _sim.PostAsync("/_sim/faults", new { mode = "busy", pathPrefix = "/card/membercard/updateuser" });

        var other = await _sim.ErrCodeAsync(_probePath, ProbeBody);

        other.ShouldBe(40056);
        (await _sim.ErrCodeAsync("/card/membercard/updateuser?access_token=x", new { })).ShouldBe(-1);
    }

    [Fact]
    public async Task Down_WhenSet_LeavesTheControlApiReachable()
    {
        await _sim.PostAsync("/_sim/faults", new { mode = "down" });

        var cards = await _sim.GetAsync("/_sim/cards");

        cards.GetArrayLength().ShouldBe(0);
    }
}
