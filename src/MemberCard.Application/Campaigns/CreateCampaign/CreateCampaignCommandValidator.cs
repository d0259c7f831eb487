namespace MemberCard.Application.Campaigns.CreateCampaign;

using FluentValidation;
using MemberCard.Domain.Campaigns;

public sealed class CreateCampaignCommandValidator : AbstractValidator<CreateCampaignCommand>
{
    public CreateCampaignCommandValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(PointsCampaign.NameMaxLength);
        RuleFor(x => x.Multiplier).NotNull().GreaterThan(0m).LessThanOrEqualTo(100m).PrecisionScale(7, 4, true);
        RuleFor(x => x.StartsOn).NotNull();
        RuleFor(x => x.EndsOn).NotNull().GreaterThanOrEqualTo(x => x.StartsOn).When(x => x.StartsOn is not null)
            .WithErrorCode("campaign.dates_reversed");
        RuleFor(x => x.BranchIds).Must(b => b is null || b.Count <= 1000);
        RuleFor(x => x.Categories).Must(c => c is null || c.Count <= 100);
        RuleForEach(x => x.Categories).NotEmpty().MaximumLength(64);
    }
}
