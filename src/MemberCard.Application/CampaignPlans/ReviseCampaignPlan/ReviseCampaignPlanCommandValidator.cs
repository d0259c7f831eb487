namespace MemberCard.Application.CampaignPlans.ReviseCampaignPlan;

using FluentValidation;

public sealed class ReviseCampaignPlanCommandValidator : AbstractValidator<ReviseCampaignPlanCommand>
{
    public ReviseCampaignPlanCommandValidator() => CampaignPlanDetailsRules.Apply(this);
}
