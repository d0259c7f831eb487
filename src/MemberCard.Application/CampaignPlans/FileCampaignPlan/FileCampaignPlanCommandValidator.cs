namespace MemberCard.Application.CampaignPlans.FileCampaignPlan;

using FluentValidation;
using MemberCard.Domain.Campaigns;
using MemberCard.Domain.Purchases;

public sealed class FileCampaignPlanCommandValidator : AbstractValidator<FileCampaignPlanCommand>
{
    public FileCampaignPlanCommandValidator()
    {
        RuleFor(x => x.Title).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(CampaignPlan.TitleMaxLength).Must(NotBlank)
            .WithErrorCode("value.blank").WithMessage("'{PropertyName}' must not be blank.");
        RuleFor(x => x.Goal).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(CampaignPlan.GoalMaxLength).Must(NotBlank)
            .WithErrorCode("value.blank").WithMessage("'{PropertyName}' must not be blank.");
        RuleFor(x => x.Channel).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(CampaignPlan.ChannelMaxLength).Must(NotBlank)
            .WithErrorCode("value.blank").WithMessage("'{PropertyName}' must not be blank.");
        RuleFor(x => x.StartsOn).NotNull();
        RuleFor(x => x.EndsOn).Cascade(CascadeMode.Stop).NotNull()
            .GreaterThanOrEqualTo(x => x.StartsOn).When(x => x.StartsOn is not null).WithErrorCode("campaign.dates_reversed")
            .Must((x, end) => end!.Value.DayNumber - x.StartsOn!.Value.DayNumber < CampaignPlan.MaxDays).When(x => x.StartsOn is not null)
            .WithErrorCode("campaign_plan.too_long").WithMessage("A campaign plan covers at most 366 days.");
        RuleFor(x => x.Budget).Cascade(CascadeMode.Stop).NotNull().GreaterThanOrEqualTo(0m).PrecisionScale(12, 2, true);
        RuleFor(x => x.Kind).Cascade(CascadeMode.Stop).NotNull().IsInEnum();
        RuleFor(x => x.TargetCategories).Must(c => c is null || c.Count <= 100);
        RuleForEach(x => x.TargetCategories).NotEmpty().MaximumLength(CheckoutLine.CategoryMaxLength);
    }

    private static bool NotBlank(string? value) => !string.IsNullOrWhiteSpace(value);
}
