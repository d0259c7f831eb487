namespace MemberCard.WeChatSimulator.Tests.Support;

using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

/// <summary>A stand-in for our API's payment confirmation endpoint: keeps what it receives and answers <see cref="AnswerStatus"/>.</summary>
public sealed class ConfirmationReceiver : IAsyncDisposable
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;
    private readonly Channel<ReceivedConfirmation> _received;

    private ConfirmationReceiver(WebApplication app, Channel<ReceivedConfirmation> received)
    {
        _app = app;
        _received = received;
        Url = new Uri(new Uri(app.Urls.Single()), "/api/v1/payments/top-up-confirmations").ToString();
    }

    public string Url { get; }

    public int AnswerStatus { get; set; } = StatusCodes.Status200OK;

    public static async Task<ConfirmationReceiver> StartAsync()
    {
        var received = Channel.CreateUnbounded<ReceivedConfirmation>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        ConfirmationReceiver? receiver = null;
        app.MapPost("/api/v1/payments/top-up-confirmations", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            await received.Writer.WriteAsync(new ReceivedConfirmation(
                request.Headers["X-Payment-Timestamp"], request.Headers["X-Payment-Signature"], request.ContentType ?? string.Empty, body));
            return Results.Json(new { status = "seen" }, statusCode: receiver!.AnswerStatus);
        });
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        receiver = new ConfirmationReceiver(app, received);
        return receiver;
    }

    public async Task<ReceivedConfirmation> NextAsync()
    {
        using var timeout = new CancellationTokenSource(WaitLimit);
        return await _received.Reader.ReadAsync(timeout.Token);
    }

    public bool TryNext(out ReceivedConfirmation? confirmation) => _received.Reader.TryRead(out confirmation);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
