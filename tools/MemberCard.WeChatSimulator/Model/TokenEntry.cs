namespace MemberCard.WeChatSimulator.Model;

internal sealed class TokenEntry(string appId, DateTimeOffset expiresAt)
{
    public string AppId { get; } = appId;

    public DateTimeOffset ExpiresAt { get; set; } = expiresAt;
}
