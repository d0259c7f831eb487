namespace MemberCard.Application.Referrals.UpdateReferralSettings;

using FluentValidation;
using MemberCard.Domain.Referrals;

public sealed class UpdateReferralSettingsCommandValidator : AbstractValidator<UpdateReferralSettingsCommand>
{
    public UpdateReferralSettingsCommandValidator()
    {
        RuleFor(x => x.ReferrerPoints).Cascade(CascadeMode.Stop).NotNull().InclusiveBetween(0, ReferralSettings.MaxPoints);
        RuleFor(x => x.RefereePoints).Cascade(CascadeMode.Stop).NotNull().InclusiveBetween(0, ReferralSettings.MaxPoints);
        RuleFor(x => x.MonthlyCap).Cascade(CascadeMode.Stop).NotNull().InclusiveBetween(0, ReferralSettings.MaxMonthlyCap);
        RuleFor(x => x.ReturnWindowDays).Cascade(CascadeMode.Stop).NotNull().InclusiveBetween(0, ReferralSettings.MaxReturnWindowDays);
    }
}
