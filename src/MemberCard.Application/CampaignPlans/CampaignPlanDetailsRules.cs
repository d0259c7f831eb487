namespace MemberCard.Application.CampaignPlans;

using FluentValidation;
using MemberCard.Domain.Campaigns;
using MemberCard.Domain.Purchases;

/// <summary>The field rules of a plan's details, shared by filing a plan and revising a draft.</summary>
public static class CampaignPlanDetailsRules
{
    public static void Apply<T>(AbstractValidator<T> validator)
        where T : ICampaignPlanDetails
    {
        validator.RuleFor(x => x.Title).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(CampaignPlan.TitleMaxLength).Must(NotBlank)
            .WithErrorCode("value.blank").WithMessage("'{PropertyName}' must not be blank.");
        validator.RuleFor(x => x.Goal).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(CampaignPlan.GoalMaxLength).Must(NotBlank)
            .WithErrorCode("value.blank").WithMessage("'{PropertyName}' must not be blank.");
        validator.RuleFor(x => x.Channel).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(CampaignPlan.ChannelMaxLength).Must(NotBlank)
            .WithErrorCode("value.blank").WithMessage("'{PropertyName}' must not be blank.");
        validator.RuleFor(x => x.StartsOn).NotNull();
        validator.RuleFor(x => x.EndsOn).Cascade(CascadeMode.Stop).NotNull()
            .GreaterThanOrEqualTo(x => x.StartsOn).When(x => x.StartsOn is not null).WithErrorCode("campaign.dates_reversed")
            .Must((x, end) => end!.Value.DayNumber - x.StartsOn!.Value.DayNumber < CampaignPlan.MaxDays).When(x => x.StartsOn is not null)
            .WithErrorCode("campaign_plan.too_long").WithMessage("A campaign plan covers at most 366 days.");
        validator.RuleFor(x => x.Budget).Cascade(CascadeMode.Stop).NotNull().GreaterThanOrEqualTo(0m).PrecisionScale(12, 2, true);
        validator.RuleFor(x => x.Kind).Cascade(CascadeMode.Stop).NotNull().IsInEnum();
        validator.RuleFor(x => x.TargetCategories).Must(c => c is null || c.Count <= 100);
        validator.RuleForEach(x => x.TargetCategories).NotEmpty().MaximumLength(CheckoutLine.CategoryMaxLength);
    }

    private static bool NotBlank(string? value) => !string.IsNullOrWhiteSpace(value);
}
