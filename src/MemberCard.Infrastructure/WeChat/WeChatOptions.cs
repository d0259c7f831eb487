namespace MemberCard.Infrastructure.WeChat;

public sealed class WeChatOptions
{
    public const string Section = "WeChat";

    /// <summary><c>Simulated</c> accepts <c>dev:</c> codes and never calls WeChat; production runs <c>Live</c>.</summary>
    public WeChatMode Mode { get; set; } = WeChatMode.Live;

    public string BaseAddress { get; set; } = "https://api.weixin.qq.com";
}
