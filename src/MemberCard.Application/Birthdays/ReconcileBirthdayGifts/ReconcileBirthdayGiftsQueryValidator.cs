namespace MemberCard.Application.Birthdays.ReconcileBirthdayGifts;

using FluentValidation;
using MemberCard.Application.Birthdays.Common;

public sealed class ReconcileBirthdayGiftsQueryValidator : AbstractValidator<ReconcileBirthdayGiftsQuery>
{
    public ReconcileBirthdayGiftsQueryValidator()
    {
        RuleFor(x => x.Period)
            .Must(p => BusinessMonth.ParsePeriod(p) is not null)
            .WithErrorCode("period.invalid").WithMessage($"The period must be {BusinessMonth.PeriodFormat}.");
        RuleFor(x => x.Branch).MaximumLength(Domain.Branches.Branch.CodeMaxLength);
    }
}
