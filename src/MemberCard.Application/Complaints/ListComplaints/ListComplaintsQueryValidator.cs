namespace MemberCard.Application.Complaints.ListComplaints;

using FluentValidation;
using MemberCard.Application.Common.Models;
using MemberCard.Domain.Branches;

public sealed class ListComplaintsQueryValidator : AbstractValidator<ListComplaintsQuery>
{
    public ListComplaintsQueryValidator()
    {
        PageRequest.RulesFor(this, x => x.Page, x => x.PageSize);
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.BranchCode).MaximumLength(Branch.CodeMaxLength).OverridePropertyName("branch");
    }
}
