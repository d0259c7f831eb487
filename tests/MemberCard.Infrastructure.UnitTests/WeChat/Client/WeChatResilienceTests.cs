namespace MemberCard.Infrastructure.UnitTests.WeChat.Client;

using System.Net;
using MemberCard.Application.Common.WeChat;

public sealed class WeChatResilienceTests : IDisposable
{
    private const string UpdatePath = "/card/membercard/updateuser";
    private const string LoginPath = "/sns/jscode2session";

    private static readonly WeChatCardUpdate Update = new("110201201245", 1200, "消费积分", "Gold");

    private WeChatClientHost _host = new();

    [Fact]
    public async Task Call_WhenWeChatBusyTwice_RetriesAndSucceeds()
    {
        _host.WeChat.On(UpdatePath, (_, call) => call <= 2 ? FakeWeChatHandler.Error(-1, "system error") : FakeWeChatHandler.Ok());

        await _host.Cards.UpdateUserAsync(Update, CancellationToken.None);

        _host.WeChat.Count(UpdatePath).ShouldBe(3);
        _host.WeChat.Count(FakeWeChatHandler.StableTokenPath).ShouldBe(1);
    }

    [Fact]
    public async Task Call_WhenTransportFailsTwice_RetriesAndSucceeds()
    {
        _host.WeChat.On(UpdatePath, (_, call) => call <= 2 ? throw new HttpRequestException("connection reset") : FakeWeChatHandler.Ok());

        await _host.Cards.UpdateUserAsync(Update, CancellationToken.None);

        _host.WeChat.Count(UpdatePath).ShouldBe(3);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task Call_WhenHttpStatusIsTransient_RetriesAndSucceeds(HttpStatusCode status)
    {
        _host.WeChat.On(UpdatePath, (_, call) => call == 1 ? new HttpResponseMessage(status) : FakeWeChatHandler.Ok());

        await _host.Cards.UpdateUserAsync(Update, CancellationToken.None);

        _host.WeChat.Count(UpdatePath).ShouldBe(2);
    }

    [Fact]
    public async Task Call_WhenAttemptHangs_TimesOutAndRetries()
    {
        Rehost(settings => settings.AttemptTimeout = TimeSpan.FromMilliseconds(200));
        _host.WeChat.OnAsync(UpdatePath, async (_, call, cancellationToken) =>
        {
            if (call == 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            }

            return FakeWeChatHandler.Ok();
        });

        await _host.Cards.UpdateUserAsync(Update, CancellationToken.None);

        _host.WeChat.Count(UpdatePath).ShouldBe(2);
    }

    [Fact]
    public async Task Call_WhenWeChatStaysBusy_ThrowsBusyAfterThreeRetries()
    {
        _host.WeChat.On(UpdatePath, (_, _) => FakeWeChatHandler.Error(-1, "system error"));

        var exception = await Should.ThrowAsync<WeChatApiException>(() => _host.Cards.UpdateUserAsync(Update, CancellationToken.None));

        exception.Kind.ShouldBe(WeChatErrorKind.Busy);
        exception.ErrorCode.ShouldBe(-1);
        exception.IsTransient.ShouldBeTrue();
        _host.WeChat.Count(UpdatePath).ShouldBe(4);
    }

    [Fact]
    public async Task Call_WhenWeChatUnreachable_ThrowsBusyWithoutErrorCode()
    {
        _host.WeChat.On(UpdatePath, (_, _) => throw new HttpRequestException("connection refused"));

        var exception = await Should.ThrowAsync<WeChatApiException>(() => _host.Cards.UpdateUserAsync(Update, CancellationToken.None));

        exception.Kind.ShouldBe(WeChatErrorKind.Busy);
        exception.ErrorCode.ShouldBeNull();
        exception.Endpoint.ShouldBe(UpdatePath);
        _host.WeChat.Count(UpdatePath).ShouldBe(4);
    }

    [Fact]
    public async Task Call_WhenTotalTimeoutElapses_StopsRetryingAndThrowsBusy()
    {
        // 4 attempts of 200 ms cannot fit into 500 ms: the total timeout must end the call before the last one.
        Rehost(settings =>
        {
            settings.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            settings.TotalTimeout = TimeSpan.FromMilliseconds(500);
        });
        _host.WeChat.OnAsync(UpdatePath, async (_, _, cancellationToken) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            return FakeWeChatHandler.Ok();
        });

        var exception = await Should.ThrowAsync<WeChatApiException>(() => _host.Cards.UpdateUserAsync(Update, CancellationToken.None));

        exception.Kind.ShouldBe(WeChatErrorKind.Busy);
        exception.ErrorCode.ShouldBeNull();
        _host.WeChat.Count(UpdatePath).ShouldBeInRange(1, 3);
    }

    [Fact]
    public async Task Login_WhenCodeInvalid_IsNotRetried()
    {
        _host.WeChat.On(LoginPath, (_, _) => FakeWeChatHandler.Error(40029, "invalid code"));

        var exception = await Should.ThrowAsync<WeChatApiException>(() => _host.MiniProgram.ExchangeLoginCodeAsync("0a1b2c", CancellationToken.None));

        exception.Kind.ShouldBe(WeChatErrorKind.InvalidCode);
        exception.ErrorCode.ShouldBe(40029);
        _host.WeChat.Count(LoginPath).ShouldBe(1);
    }

    [Fact]
    public async Task UpdateUser_WhenCardCodeInvalid_IsNotRetried()
    {
        _host.WeChat.On(UpdatePath, (_, _) => FakeWeChatHandler.Error(40056, "invalid serial code"));

        var exception = await Should.ThrowAsync<WeChatApiException>(() => _host.Cards.UpdateUserAsync(Update, CancellationToken.None));

        exception.Kind.ShouldBe(WeChatErrorKind.InvalidCardCode);
        _host.WeChat.Count(UpdatePath).ShouldBe(1);
    }

    [Fact]
    public async Task Call_WhenRateLimited_SurfacesWithoutRetrying()
    {
        _host.WeChat.On(UpdatePath, (_, _) => FakeWeChatHandler.Error(45011, "api minute-quota reach limit"));

        var exception = await Should.ThrowAsync<WeChatApiException>(() => _host.Cards.UpdateUserAsync(Update, CancellationToken.None));

        exception.Kind.ShouldBe(WeChatErrorKind.RateLimited);
        exception.IsTransient.ShouldBeTrue();
        _host.WeChat.Count(UpdatePath).ShouldBe(1);
    }

    [Fact]
    public async Task Call_WhenHttpStatusIsClientError_IsNotRetried()
    {
        _host.WeChat.On(UpdatePath, (_, _) => new HttpResponseMessage(HttpStatusCode.Forbidden));

        var exception = await Should.ThrowAsync<WeChatApiException>(() => _host.Cards.UpdateUserAsync(Update, CancellationToken.None));

        exception.Kind.ShouldBe(WeChatErrorKind.Other);
        exception.ErrorCode.ShouldBeNull();
        _host.WeChat.Count(UpdatePath).ShouldBe(1);
    }

    [Fact]
    public async Task Call_WhenCallerCancels_ThrowsOperationCanceledWithoutRetrying()
    {
        using var cancellation = new CancellationTokenSource();
        _host.WeChat.OnAsync(UpdatePath, async (_, _, cancellationToken) =>
        {
            await cancellation.CancelAsync();
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            return FakeWeChatHandler.Ok();
        });

        await Should.ThrowAsync<OperationCanceledException>(() => _host.Cards.UpdateUserAsync(Update, cancellation.Token));

        _host.WeChat.Count(UpdatePath).ShouldBe(1);
    }

    public void Dispose() => _host.Dispose();

    private void Rehost(Action<Infrastructure.WeChat.Client.WeChatClientSettings> configure)
    {
        _host.Dispose();
        _host = new WeChatClientHost(configure);
    }
}
