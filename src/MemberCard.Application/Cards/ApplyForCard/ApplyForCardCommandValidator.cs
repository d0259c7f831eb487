namespace MemberCard.Application.Cards.ApplyForCard;

using FluentValidation;
using MemberCard.Application.Members.Common;
using MemberCard.Domain.Branches;

public sealed class ApplyForCardCommandValidator : AbstractValidator<ApplyForCardCommand>
{
    public ApplyForCardCommandValidator(TimeProvider clock)
    {
        RuleFor(x => x.Name).NotEmpty().PersonName();
        RuleFor(x => x.Gender).NotNull().IsInEnum();
        RuleFor(x => x.BirthDate).NotNull().PlausibleBirthDate(clock);
        RuleFor(x => x.Phone).NotEmpty().MobilePhone();
        RuleFor(x => x.Address).Address();
        RuleFor(x => x.Email).EmailAddressWithinLimits();
        RuleFor(x => x.BranchCode).MaximumLength(Branch.CodeMaxLength);
    }
}
