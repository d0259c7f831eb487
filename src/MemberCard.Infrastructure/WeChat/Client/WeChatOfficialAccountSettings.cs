namespace MemberCard.Infrastructure.WeChat.Client;

/// <summary>The Official Account that owns the member card and receives its events (<c>WeChat:OfficialAccount:*</c>).</summary>
public sealed class WeChatOfficialAccountSettings
{
    public string AppId { get; set; } = string.Empty;

    public string AppSecret { get; set; } = string.Empty;

    /// <summary>The server-URL Token that signs pushes.</summary>
    public string Token { get; set; } = string.Empty;

    /// <summary>43 characters; empty when the push runs in plaintext mode.</summary>
    public string? EncodingAesKey { get; set; }

    /// <summary>The member card template every <c>/card/...</c> call addresses.</summary>
    public string CardId { get; set; } = string.Empty;
}
