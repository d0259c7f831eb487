namespace MemberCard.Application.Members.ListBranchMembers;

using FluentValidation;
using MemberCard.Application.Common.Models;

public sealed class ListBranchMembersQueryValidator : AbstractValidator<ListBranchMembersQuery>
{
    public ListBranchMembersQueryValidator()
    {
        PageRequest.RulesFor(this, x => x.Page, x => x.PageSize);
        RuleFor(x => x.Search).MaximumLength(50);
    }
}
