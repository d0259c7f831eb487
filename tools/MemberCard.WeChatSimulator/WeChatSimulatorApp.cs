namespace MemberCard.WeChatSimulator;

using MemberCard.WeChatSimulator.Endpoints;
using MemberCard.WeChatSimulator.Middleware;
using MemberCard.WeChatSimulator.Payments;
using MemberCard.WeChatSimulator.Push;

/// <summary>
/// Builds the simulator. In-process use: <c>var app = WeChatSimulatorApp.Create([], settings);
/// app.Urls.Add("http://127.0.0.1:0"); await app.StartAsync();</c> then read the bound address from <c>app.Urls</c>
/// and the <see cref="SimulatorState"/> from <c>app.Services</c>.
/// </summary>
public static class WeChatSimulatorApp
{
    public static WebApplication Create(string[] args, SimulatorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(WeChatSimulatorApp).Assembly.GetName().Name,
        });

        // Request logs carry the full query string, and with it access tokens and secrets.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);

        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SimulatorState>();
        builder.Services.AddSingleton<CallbackPusher>();
        builder.Services.AddHttpClient(CallbackPusher.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(() => settings.CallbackHandler?.Invoke() ?? new SocketsHttpHandler());
        builder.Services.AddSingleton<PaymentConfirmer>();
        builder.Services.AddHttpClient(PaymentConfirmer.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(() => settings.CallbackHandler?.Invoke() ?? new SocketsHttpHandler());
        builder.Services.AddProblemDetails();

        var app = builder.Build();
        app.UseMiddleware<RequestRecordingMiddleware>();
        app.UseMiddleware<FaultInjectionMiddleware>();
        WeChatEndpoints.Map(app);
        ControlEndpoints.Map(app);
        PaymentEndpoints.Map(app);
        return app;
    }
}
