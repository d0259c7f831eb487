namespace MemberCard.Application.WeChat.CardSync;

/// <summary>Payload of the card messages: which of our cards, and why (for unavailable).</summary>
public sealed record CardMessage(string CardNumber, string? Reason = null);
