namespace MemberCard.Application.WeChat.CardSync;

public static class WeChatOutboxKinds
{
    /// <summary>Show the member's current points and tier on their WeChat card (absolute values; coalescible).</summary>
    public const string CardSync = "wechat.card.sync";

    /// <summary>Activate the WeChat card of one of our cards, with the balance and tier at send time.</summary>
    public const string CardActivate = "wechat.card.activate";

    /// <summary>Make a card's WeChat code unusable for good (loss, replacement, exit).</summary>
    public const string CardUnavailable = "wechat.card.unavailable";

    /// <summary>The shopper submitted WeChat's activation form: read it and activate our card.</summary>
    public const string ActivationForm = "wechat.card.form_submitted";
}
