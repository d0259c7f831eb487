namespace MemberCard.Infrastructure.WeChat.Client;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.WeChat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;

/// <summary>Registers the live WeChat clients: one resilient <see cref="HttpClient"/> and one token cache per app.</summary>
public static class WeChatHttpClientRegistration
{
    public const string MiniProgramClientName = "WeChat.MiniProgram";
    public const string OfficialAccountClientName = "WeChat.OfficialAccount";
    public const string ResilienceHandlerName = "wechat";

    private const int MaxRetryAttempts = 3;

    /// <summary>
    /// Adds <see cref="IWeChatMiniProgram"/> and <see cref="IWeChatCards"/> talking to
    /// <see cref="WeChatClientSettings.BaseAddress"/>. Throws when a required setting is missing.
    /// </summary>
    public static IServiceCollection AddWeChatClients(this IServiceCollection services, WeChatClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        Validate(settings);
        var baseAddress = new Uri(settings.BaseAddress.TrimEnd('/') + "/", UriKind.Absolute);
        var miniProgram = new WeChatAppCredentials { AppId = settings.MiniProgram.AppId, AppSecret = settings.MiniProgram.AppSecret };
        var officialAccount = new WeChatAppCredentials { AppId = settings.OfficialAccount.AppId, AppSecret = settings.OfficialAccount.AppSecret };
        var cardId = settings.OfficialAccount.CardId;

        services.TryAddSingleton(TimeProvider.System);
        AddHttpClient(services, MiniProgramClientName, baseAddress, settings);
        AddHttpClient(services, OfficialAccountClientName, baseAddress, settings);
        services.AddSingleton<IWeChatMiniProgram>(sp => new WeChatMiniProgramClient(CreateApi(sp, MiniProgramClientName, miniProgram)));
        services.AddSingleton<IWeChatCards>(sp => new WeChatCardsClient(CreateApi(sp, OfficialAccountClientName, officialAccount), cardId));
        return services;
    }

    private static WeChatApiClient CreateApi(IServiceProvider services, string clientName, WeChatAppCredentials credentials)
    {
        var transport = new WeChatTransport(services.GetRequiredService<IHttpClientFactory>(), clientName, credentials);
        return new WeChatApiClient(transport, new WeChatAccessTokenCache(transport, services.GetRequiredService<TimeProvider>()));
    }

    private static void AddHttpClient(IServiceCollection services, string name, Uri baseAddress, WeChatClientSettings settings)
    {
        services
            .AddHttpClient(name, client =>
            {
                client.BaseAddress = baseAddress;
                client.MaxResponseContentBufferSize = WeChatTransientOutcome.MaxResponseBytes;

                // The pipeline's total timeout governs; HttpClient's own 100 s would only cut it short.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddResilienceHandler(ResilienceHandlerName, pipeline =>
            {
                pipeline
                    .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = settings.TotalTimeout })
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = MaxRetryAttempts,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = settings.RetryBaseDelay,
                        ShouldHandle = args => WeChatTransientOutcome.IsTransientAsync(args.Outcome, args.Context.CancellationToken),
                    })
                    .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                    {
                        FailureRatio = 0.5,
                        MinimumThroughput = settings.CircuitBreakerMinimumThroughput,
                        SamplingDuration = TimeSpan.FromSeconds(30),
                        BreakDuration = TimeSpan.FromSeconds(15),
                        ShouldHandle = args => WeChatTransientOutcome.IsTransientAsync(args.Outcome, args.Context.CancellationToken),
                    })
                    .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = settings.AttemptTimeout });
            });
    }

    private static void Validate(WeChatClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var missing = new List<string>();
        void Require(string? value, string key)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                missing.Add(key);
            }
        }

        Require(settings.BaseAddress, "WeChat:BaseAddress");
        Require(settings.MiniProgram?.AppId, "WeChat:MiniProgram:AppId");
        Require(settings.MiniProgram?.AppSecret, "WeChat:MiniProgram:AppSecret");
        Require(settings.OfficialAccount?.AppId, "WeChat:OfficialAccount:AppId");
        Require(settings.OfficialAccount?.AppSecret, "WeChat:OfficialAccount:AppSecret");
        Require(settings.OfficialAccount?.CardId, "WeChat:OfficialAccount:CardId");
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"WeChat:Mode=Live needs {string.Join(", ", missing)}.");
        }

        if (!Uri.TryCreate(settings.BaseAddress, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException("WeChat:BaseAddress must be an absolute URL.");
        }

        if (settings.TotalTimeout <= settings.AttemptTimeout)
        {
            throw new InvalidOperationException("WeChat:TotalTimeout must exceed WeChat:AttemptTimeout, or no retry could ever run.");
        }
    }
}
