namespace MemberCard.Application.CampaignPlans.RejectCampaignPlan;

using FluentValidation;
using MemberCard.Domain.Campaigns;

public sealed class RejectCampaignPlanCommandValidator : AbstractValidator<RejectCampaignPlanCommand>
{
    public RejectCampaignPlanCommandValidator()
    {
        RuleFor(x => x.Reason).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(CampaignPlan.ReasonMaxLength)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithErrorCode("value.blank").WithMessage("'{PropertyName}' must not be blank.");
    }
}
