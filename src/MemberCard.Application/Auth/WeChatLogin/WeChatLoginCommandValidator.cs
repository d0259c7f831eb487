namespace MemberCard.Application.Auth.WeChatLogin;

using FluentValidation;

public sealed class WeChatLoginCommandValidator : AbstractValidator<WeChatLoginCommand>
{
    public WeChatLoginCommandValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(128);
    }
}
