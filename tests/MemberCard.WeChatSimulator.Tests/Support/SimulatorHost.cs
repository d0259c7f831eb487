namespace MemberCard.WeChatSimulator.Tests.Support;

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The simulator running in-process on a free port, driven over real HTTP.</summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SimulatorHost(WebApplication app, SimulatorSettings settings, Uri baseAddress)
    {
        _app = app;
        Settings = settings;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
    }

    public SimulatorSettings Settings { get; }

    public HttpClient Client { get; }

    public SimulatorState State => _app.Services.GetRequiredService<SimulatorState>();

    public static async Task<SimulatorHost> StartAsync(SimulatorSettings? settings = null)
    {
        settings ??= new SimulatorSettings();
        var app = WeChatSimulatorApp.Create([], settings);
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        return new SimulatorHost(app, settings, new Uri(app.Urls.Single()));
    }

    public async Task<JsonElement> PostAsync(string path, object? body = null)
    {
        using var response = await Client.PostAsJsonAsync(path, body ?? new { });
        response.EnsureSuccessStatusCode();
        return response.Content.Headers.ContentLength == 0
            ? default
            : await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Posts to a WeChat endpoint and returns its errcode (0 when the answer has none, as WeChat's successes may).</summary>
    public async Task<int> ErrCodeAsync(string path, object body)
    {
        var answer = await PostAsync(path, body);
        return answer.TryGetProperty("errcode", out var errcode) ? errcode.GetInt32() : 0;
    }

    public Task<string> OfficialAccountTokenAsync() => TokenAsync(Settings.OfficialAccountAppId, Settings.OfficialAccountSecret);

    public Task<string> MiniProgramTokenAsync() => TokenAsync(Settings.MiniProgramAppId, Settings.MiniProgramSecret);

    public async Task<string> TokenAsync(string appId, string secret, bool forceRefresh = false)
    {
        var answer = await PostAsync("/cgi-bin/stable_token", new { grant_type = "client_credential", appid = appId, secret, force_refresh = forceRefresh });
        return answer.GetProperty("access_token").GetString()!;
    }

    /// <summary>Puts a card in the user's package through the control API and returns its code.</summary>
    public async Task<string> CreateCardAsync(string openId = "oOfficial1", string? unionId = null, string? outerStr = null)
    {
        var card = await PostAsync("/_sim/cards", new { openid = openId, unionid = unionId, outerStr });
        return card.GetProperty("code").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
