namespace MemberCard.WeChatSimulator.Tests.Support;

using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

/// <summary>A stand-in for our API's <c>/wechat/callback</c> that keeps what it receives and answers <c>success</c>.</summary>
public sealed class CallbackReceiver : IAsyncDisposable
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;
    private readonly Channel<ReceivedPush> _received;

    private CallbackReceiver(WebApplication app, Channel<ReceivedPush> received)
    {
        _app = app;
        _received = received;
        CallbackUrl = new Uri(new Uri(app.Urls.Single()), "/wechat/callback").ToString();
    }

    public string CallbackUrl { get; }

    public static async Task<CallbackReceiver> StartAsync()
    {
        var received = Channel.CreateUnbounded<ReceivedPush>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/wechat/callback", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var query = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
            await received.Writer.WriteAsync(new ReceivedPush(query, body));
            return Results.Text("success");
        });
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        return new CallbackReceiver(app, received);
    }

    public async Task<ReceivedPush> NextAsync()
    {
        using var timeout = new CancellationTokenSource(WaitLimit);
        return await _received.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
