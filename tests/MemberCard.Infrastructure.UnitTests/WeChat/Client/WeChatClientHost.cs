namespace MemberCard.Infrastructure.UnitTests.WeChat.Client;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.WeChat;
using MemberCard.Infrastructure.WeChat.Client;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The clients as production wires them (<see cref="WeChatHttpClientRegistration.AddWeChatClients"/>), over a fake WeChat.</summary>
public sealed class WeChatClientHost : IDisposable
{
    public const string MiniProgramAppId = "wxminiprogram0001";
    public const string MiniProgramSecret = "mp-secret-0123456789abcdef";
    public const string OfficialAccountAppId = "wxofficial00000001";
    public const string OfficialAccountSecret = "oa-secret-fedcba9876543210";
    public const string CardId = "pCARD-template-1";

    private readonly ServiceProvider _services;

    public WeChatClientHost(Action<WeChatClientSettings>? configure = null)
    {
        var settings = new WeChatClientSettings
        {
            BaseAddress = "https://wechat.test" + FakeWeChatHandler.PathPrefix,
            MiniProgram = new WeChatAppCredentials { AppId = MiniProgramAppId, AppSecret = MiniProgramSecret },
            OfficialAccount = new WeChatOfficialAccountSettings
            {
                AppId = OfficialAccountAppId,
                AppSecret = OfficialAccountSecret,
                Token = "AAAAA",
                CardId = CardId,
            },
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            AttemptTimeout = TimeSpan.FromSeconds(2),
            TotalTimeout = TimeSpan.FromSeconds(10),
        };
        configure?.Invoke(settings);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddWeChatClients(settings);
        foreach (var name in new[] { WeChatHttpClientRegistration.MiniProgramClientName, WeChatHttpClientRegistration.OfficialAccountClientName })
        {
            services.AddHttpClient(name).ConfigurePrimaryHttpMessageHandler(() => WeChat);
        }

        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeWeChatHandler WeChat { get; } = new();

    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero));

    public IWeChatMiniProgram MiniProgram => _services.GetRequiredService<IWeChatMiniProgram>();

    public IWeChatCards Cards => _services.GetRequiredService<IWeChatCards>();

    public IHttpClientFactory HttpClientFactory => _services.GetRequiredService<IHttpClientFactory>();

    public void Dispose() => _services.Dispose();
}
