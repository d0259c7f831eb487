namespace MemberCard.Application.CampaignPlans.FileCampaignPlan;

using FluentValidation;

public sealed class FileCampaignPlanCommandValidator : AbstractValidator<FileCampaignPlanCommand>
{
    public FileCampaignPlanCommandValidator() => CampaignPlanDetailsRules.Apply(this);
}
