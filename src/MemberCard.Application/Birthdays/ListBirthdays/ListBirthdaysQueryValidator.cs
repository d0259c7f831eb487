namespace MemberCard.Application.Birthdays.ListBirthdays;

using FluentValidation;
using MemberCard.Application.Birthdays.Common;
using MemberCard.Application.Common.Models;

public sealed class ListBirthdaysQueryValidator : AbstractValidator<ListBirthdaysQuery>
{
    public ListBirthdaysQueryValidator()
    {
        PageRequest.RulesFor(this, x => x.Page, x => x.PageSize);
        RuleFor(x => x.Month)
            .Must(m => BusinessMonth.ParseMonth(m) is not null).When(x => x.Month is not null)
            .WithErrorCode("month.invalid").WithMessage($"The month must be {BusinessMonth.MonthFormat}.");
        RuleFor(x => x.Branch).MaximumLength(Domain.Branches.Branch.CodeMaxLength);
    }
}
