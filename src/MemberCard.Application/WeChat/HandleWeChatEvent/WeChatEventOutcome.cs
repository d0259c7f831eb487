namespace MemberCard.Application.WeChat.HandleWeChatEvent;

/// <param name="Duplicate">WeChat delivered this event before; nothing was done again.</param>
/// <param name="Outcome">What handling it did, for logs.</param>
public sealed record WeChatEventOutcome(bool Duplicate, string Outcome);
