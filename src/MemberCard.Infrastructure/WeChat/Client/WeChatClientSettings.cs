namespace MemberCard.Infrastructure.WeChat.Client;

/// <summary>
/// Everything the live WeChat clients need; binds from the <c>WeChat</c> configuration section
/// (<c>WeChat__BaseAddress</c>, <c>WeChat__MiniProgram__AppId</c>, <c>WeChat__OfficialAccount__CardId</c>, …).
/// </summary>
public sealed class WeChatClientSettings
{
    public string BaseAddress { get; set; } = "https://api.weixin.qq.com";

    public WeChatAppCredentials MiniProgram { get; set; } = new();

    public WeChatOfficialAccountSettings OfficialAccount { get; set; } = new();

    /// <summary>Median first retry delay; later ones grow exponentially with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Bounds one call including its retries.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Calls within 30 s before the circuit may open on a 50% failure ratio.</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 10;
}
