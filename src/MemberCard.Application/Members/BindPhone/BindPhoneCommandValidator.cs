namespace MemberCard.Application.Members.BindPhone;

using FluentValidation;

public sealed class BindPhoneCommandValidator : AbstractValidator<BindPhoneCommand>
{
    public BindPhoneCommandValidator()
    {
        RuleFor(x => x.PhoneCode).NotEmpty().MaximumLength(128);
    }
}
