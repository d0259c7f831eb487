namespace MemberCard.Application.WeChat.CardSync;

/// <summary>
/// Payload of the card messages: which of our cards, and why (for unavailable). <see cref="WeChatCode"/> is set
/// only when the card no longer holds its code by the time the message goes out (an exit erases it at once).
/// </summary>
public sealed record CardMessage(string CardNumber, string? Reason = null, string? WeChatCode = null);
