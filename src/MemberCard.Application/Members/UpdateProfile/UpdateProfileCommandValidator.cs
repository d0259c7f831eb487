namespace MemberCard.Application.Members.UpdateProfile;

using FluentValidation;
using MemberCard.Application.Members.Common;

public sealed class UpdateProfileCommandValidator : AbstractValidator<UpdateProfileCommand>
{
    public UpdateProfileCommandValidator(TimeProvider clock)
    {
        RuleFor(x => x.Name).PersonName();
        RuleFor(x => x.Gender).IsInEnum();
        RuleFor(x => x.BirthDate).PlausibleBirthDate(clock);
        RuleFor(x => x.Address).Address();
        RuleFor(x => x.Email).EmailAddressWithinLimits();
        RuleFor(x => x.Phone).MobilePhone();
        RuleFor(x => x)
            .Must(x => x.Name is not null || x.Gender is not null || x.BirthDate is not null || x.Address is not null || x.Email is not null || x.Phone is not null)
            .WithName("body")
            .OverridePropertyName("body")
            .WithErrorCode("profile.empty_change")
            .WithMessage("Name at least one field to change.");
    }
}
