namespace MemberCard.Application.Milestones.ListMilestoneClaims;

using FluentValidation;
using MemberCard.Application.Common.Models;

public sealed class ListMilestoneClaimsQueryValidator : AbstractValidator<ListMilestoneClaimsQuery>
{
    public ListMilestoneClaimsQueryValidator()
    {
        PageRequest.RulesFor(this, x => x.Page, x => x.PageSize);
        RuleFor(x => x.Status).IsInEnum();
    }
}
