namespace MemberCard.Application.CampaignPlans.ApproveCampaignPlan;

using FluentValidation;

public sealed class ApproveCampaignPlanCommandValidator : AbstractValidator<ApproveCampaignPlanCommand>
{
    public ApproveCampaignPlanCommandValidator()
    {
        RuleFor(x => x.Multiplier).GreaterThan(0m).LessThanOrEqualTo(100m).PrecisionScale(7, 4, true);
    }
}
