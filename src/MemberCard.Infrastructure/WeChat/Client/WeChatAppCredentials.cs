namespace MemberCard.Infrastructure.WeChat.Client;

/// <summary>One WeChat app's identity (mini-program or Official Account). The secret is never logged or echoed.</summary>
public sealed class WeChatAppCredentials
{
    public string AppId { get; set; } = string.Empty;

    public string AppSecret { get; set; } = string.Empty;
}
