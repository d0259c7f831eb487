namespace MemberCard.Application.WeChat.HandleWeChatEvent;

using FluentValidation;
using MemberCard.Domain.WeChat;

/// <summary>A signed message can still carry values no WeChat identity has; they must not reach the database.</summary>
public sealed class HandleWeChatEventCommandValidator : AbstractValidator<HandleWeChatEventCommand>
{
    public HandleWeChatEventCommandValidator()
    {
        RuleFor(x => x.Message.FromUserName).NotEmpty().MaximumLength(64);
        RuleFor(x => x.Message.Event ?? x.Message.MsgType).NotEmpty().MaximumLength(WeChatEventReceipt.EventMaxLength).OverridePropertyName("Event");
        RuleFor(x => x.Message.Field("UserCardCode")).MaximumLength(64).OverridePropertyName("UserCardCode");
        RuleFor(x => x.Message.Field("UnionId")).MaximumLength(64).OverridePropertyName("UnionId");
    }
}
