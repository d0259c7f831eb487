namespace MemberCard.Application.Common.WeChat;

/// <summary>
/// One message WeChat pushed, with values trimmed. <see cref="Fields"/> holds every top-level element
/// (case-sensitive names as WeChat sends them: <c>CardId</c>, <c>UserCardCode</c>, <c>OuterStr</c>, …).
/// </summary>
public sealed record WeChatInboundMessage(
    string ToUserName,
    string FromUserName,
    long CreateTime,
    string MsgType,
    string? Event,
    IReadOnlyDictionary<string, string> Fields)
{
    public string? Field(string name) => Fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
