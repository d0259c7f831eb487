namespace MemberCard.Application.WeChat.CardSync;

/// <summary>Payload of <see cref="WeChatOutboxKinds.ActivationForm"/>: the WeChat card code whose form to read.</summary>
public sealed record ActivationFormMessage(string Code);
