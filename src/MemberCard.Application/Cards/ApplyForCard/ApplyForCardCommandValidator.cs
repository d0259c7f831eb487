namespace MemberCard.Application.Cards.ApplyForCard;

using FluentValidation;
using MemberCard.Application.Members.Common;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Referrals;

public sealed class ApplyForCardCommandValidator : AbstractValidator<ApplyForCardCommand>
{
    public ApplyForCardCommandValidator(TimeProvider clock)
    {
        RuleFor(x => x.Name).Cascade(CascadeMode.Stop).NotEmpty().PersonName();
        RuleFor(x => x.Gender).Cascade(CascadeMode.Stop).NotNull().IsInEnum();
        RuleFor(x => x.BirthDate).Cascade(CascadeMode.Stop).NotNull().PlausibleBirthDate(clock);
        RuleFor(x => x.Phone).Cascade(CascadeMode.Stop).NotEmpty().MobilePhone();
        RuleFor(x => x.Address).Address();
        RuleFor(x => x.Email).EmailAddressWithinLimits();
        RuleFor(x => x.BranchCode).MaximumLength(Branch.CodeMaxLength);
        RuleFor(x => x.ReferralCode)
            .Must(c => ReferralCode.Normalize(c) is null || ReferralCode.IsWellFormed(c)).WithErrorCode("referral.code_invalid")
            .WithMessage($"'{{PropertyName}}' must be a referral code of {ReferralCode.Length} letters and digits.");
    }
}
