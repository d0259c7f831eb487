namespace MemberCard.Application.FollowUps.ListFollowUps;

using FluentValidation;
using MemberCard.Application.Common.Models;

public sealed class ListFollowUpsQueryValidator : AbstractValidator<ListFollowUpsQuery>
{
    public ListFollowUpsQueryValidator()
    {
        PageRequest.RulesFor(this, x => x.Page, x => x.PageSize);
        RuleFor(x => x.Due)
            .Must(d => DueFilter.ParseBefore(d) is not null).When(x => x.Due is not null)
            .WithErrorCode("due.invalid").WithMessage("The due filter must be before:YYYY-MM-DD.");
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Kind).IsInEnum();
    }
}
