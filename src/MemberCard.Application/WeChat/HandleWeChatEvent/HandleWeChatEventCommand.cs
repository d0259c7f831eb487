namespace MemberCard.Application.WeChat.HandleWeChatEvent;

using Mediator;
using MemberCard.Application.Common.WeChat;

/// <summary>One verified message from the Official Account's event push.</summary>
public sealed record HandleWeChatEventCommand(WeChatInboundMessage Message) : ICommand<WeChatEventOutcome>;
