namespace MemberCard.Application.Referrals.ListReferrals;

using FluentValidation;
using MemberCard.Application.Common.Models;

public sealed class ListReferralsQueryValidator : AbstractValidator<ListReferralsQuery>
{
    public ListReferralsQueryValidator()
    {
        PageRequest.RulesFor(this, x => x.Page, x => x.PageSize);
        RuleFor(x => x.Status).IsInEnum();
    }
}
