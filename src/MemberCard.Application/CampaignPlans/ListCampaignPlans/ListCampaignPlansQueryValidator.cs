namespace MemberCard.Application.CampaignPlans.ListCampaignPlans;

using FluentValidation;
using MemberCard.Application.Common.Models;
using MemberCard.Domain.Branches;

public sealed class ListCampaignPlansQueryValidator : AbstractValidator<ListCampaignPlansQuery>
{
    public ListCampaignPlansQueryValidator()
    {
        PageRequest.RulesFor(this, x => x.Page, x => x.PageSize);
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.BranchCode).MaximumLength(Branch.CodeMaxLength).OverridePropertyName("branch");
    }
}
