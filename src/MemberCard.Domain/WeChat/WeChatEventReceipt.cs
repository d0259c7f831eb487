namespace MemberCard.Domain.WeChat;

using MemberCard.Domain.Members;

/// <summary>
/// One event WeChat pushed to us, kept once: WeChat re-sends an event it thinks we missed, and the unique
/// <see cref="DedupeKey"/> (sender, creation time, event, card code) makes every later delivery a no-op.
/// </summary>
public sealed class WeChatEventReceipt
{
    public const int DedupeKeyMaxLength = 300;
    public const int EventMaxLength = 64;
    public const int OutcomeMaxLength = 200;

    private WeChatEventReceipt()
    {
        DedupeKey = string.Empty;
        Event = string.Empty;
        FromUserName = string.Empty;
        Fields = "{}";
        Outcome = string.Empty;
    }

    public long Id { get; private set; }

    public string DedupeKey { get; private set; }

    public string Event { get; private set; }

    /// <summary>The Official Account openid of the user the event is about.</summary>
    public string FromUserName { get; private set; }

    public string? CardCode { get; private set; }

    /// <summary>WeChat's CreateTime (Unix seconds).</summary>
    public long CreateTime { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public MemberId? MemberId { get; private set; }

    /// <summary>The message's fields as JSON, for support and reconciliation.</summary>
    public string Fields { get; private set; }

    public string Outcome { get; private set; }

    public static string KeyOf(string fromUserName, long createTime, string eventName, string? cardCode) =>
        $"{fromUserName}|{createTime}|{eventName}|{cardCode}";

    public static WeChatEventReceipt Record(
        string eventName, string fromUserName, long createTime, string? cardCode, string fieldsJson, DateTimeOffset now)
    {
        var key = KeyOf(fromUserName, createTime, eventName, cardCode);
        return new WeChatEventReceipt
        {
            DedupeKey = key.Length > DedupeKeyMaxLength ? key[..DedupeKeyMaxLength] : key,
            Event = eventName.Length > EventMaxLength ? eventName[..EventMaxLength] : eventName,
            FromUserName = fromUserName,
            CreateTime = createTime,
            CardCode = cardCode,
            Fields = fieldsJson,
            ReceivedAt = now,
            Outcome = "received",
        };
    }

    public void Conclude(MemberId? memberId, string outcome)
    {
        MemberId = memberId;
        Outcome = outcome.Length > OutcomeMaxLength ? outcome[..OutcomeMaxLength] : outcome;
    }
}
