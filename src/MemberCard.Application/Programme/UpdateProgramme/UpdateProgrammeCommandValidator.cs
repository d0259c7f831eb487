namespace MemberCard.Application.Programme.UpdateProgramme;

using FluentValidation;
using MemberCard.Domain.Programme;

public sealed class UpdateProgrammeCommandValidator : AbstractValidator<UpdateProgrammeCommand>
{
    public UpdateProgrammeCommandValidator()
    {
        RuleFor(x => x.TimeZone).NotEmpty().MaximumLength(64)
            .Must(tz => tz is null || TimeZoneInfo.TryFindSystemTimeZoneById(tz, out _)).WithErrorCode("time_zone.unknown")
            .WithMessage("'{PropertyName}' is not a known time zone.");
        RuleFor(x => x.Tiers).NotNull()
            .Must(t => t is null || (t.Count == 4 && t.Select(r => r?.Tier).Distinct().Count() == 4))
            .WithErrorCode("programme.tiers_incomplete")
            .WithMessage("'{PropertyName}' must define each of Regular, Silver, Gold and Diamond once.");
        RuleForEach(x => x.Tiers).ChildRules(tier =>
        {
            tier.RuleFor(t => t.Tier).NotNull().IsInEnum();
            tier.RuleFor(t => t.DiscountRate).NotNull().GreaterThan(0m).LessThanOrEqualTo(1m);
            tier.RuleFor(t => t.PointsMultiplier).NotNull().InclusiveBetween(0m, 100m);
            tier.RuleFor(t => t.SpendThreshold).NotNull().GreaterThanOrEqualTo(0m).LessThan(100_000_000m);
            tier.RuleFor(t => t.Benefits).MaximumLength(TierRule.BenefitsMaxLength);
        });
        RuleFor(x => x.SinglePurchaseUpgradeThreshold).NotNull().GreaterThanOrEqualTo(0m).LessThan(100_000_000m);
        RuleFor(x => x.UpgradeSpendWindowMonths).NotNull().InclusiveBetween(1, 60);
        RuleFor(x => x.DowngradeReviewWindowMonths).NotNull().InclusiveBetween(1, 120);
        RuleFor(x => x.BirthdayDiscountRate).NotNull().GreaterThan(0m).LessThanOrEqualTo(1m);
        RuleFor(x => x.BirthdayPointsMultiplier).NotNull().InclusiveBetween(0m, 100m);
        RuleFor(x => x.PointsExpiryMonths).NotNull().InclusiveBetween(1, 120);
        RuleFor(x => x.PointsPerYuan).NotNull().InclusiveBetween(1, 10_000);
        RuleFor(x => x.CardValidityMonths).InclusiveBetween(1, 600);
        RuleFor(x => x.DefaultOnlineBranchCode).MaximumLength(20);
        RuleFor(x => x.MaxPointsMultiplier).GreaterThan(0m).LessThanOrEqualTo(1000m);
        RuleFor(x => x.Milestones).Must(m => m is null || m.Count <= 20)
            .Must(m => m is null || m.Where(r => r is not null).Select(r => r.Points).Distinct().Count() == m.Count)
            .WithErrorCode("programme.milestone_invalid").WithMessage("Milestones have distinct points.");
        RuleForEach(x => x.Milestones).NotNull().ChildRules(m =>
        {
            m.RuleFor(r => r.Points).NotNull().InclusiveBetween(1, 100_000_000);
            m.RuleFor(r => r.GiftValue).NotNull().GreaterThan(0m).LessThanOrEqualTo(1_000_000m).PrecisionScale(12, 2, true);
        });
        RuleFor(x => x.MilestoneClaimMonths).InclusiveBetween(1, 24);
        RuleFor(x => x.RedemptionMonths).Must(m => m is null || m.Count <= 12);
        RuleForEach(x => x.RedemptionMonths).InclusiveBetween(1, 12);
        RuleFor(x => x.ComplaintResponseHours).InclusiveBetween(1, ProgrammeSettings.MaxComplaintResponseHours);
        RuleFor(x => x.FollowUpCadence!).ChildRules(cadence =>
        {
            cadence.RuleFor(c => c.ThankYouMinutes).NotNull().InclusiveBetween(1, FollowUpCadenceRule.MaxThankYouMinutes);
            cadence.RuleFor(c => c.CareDays).NotNull().InclusiveBetween(1, FollowUpCadenceRule.MaxCareDays);
            cadence.RuleFor(c => c.GreetingWeeks).NotNull().InclusiveBetween(1, FollowUpCadenceRule.MaxGreetingWeeks);
            cadence.RuleFor(c => c.CallMonths).NotNull().Must(m => m is null || m.Count == FollowUpCadenceRule.Calls)
                .WithErrorCode("programme.follow_up_cadence_invalid").WithMessage("'{PropertyName}' has exactly four months, one per call.");
            cadence.RuleForEach(c => c.CallMonths).InclusiveBetween(1, FollowUpCadenceRule.MaxCallMonths);

            // Bounds first, order second: a step that does not come after the one before is named on the later step.
            cadence.RuleFor(c => c.CareDays).Must((c, days) => days * 24 * 60 > c.ThankYouMinutes)
                .When(c => c.ThankYouMinutes is not null && c.CareDays is not null).WithErrorCode("programme.follow_up_cadence_invalid")
                .WithMessage("The care message comes after the thank-you message.");
            cadence.RuleFor(c => c.GreetingWeeks).Must((c, weeks) => weeks * 7 > c.CareDays)
                .When(c => c.CareDays is not null && c.GreetingWeeks is not null).WithErrorCode("programme.follow_up_cadence_invalid")
                .WithMessage("The greeting comes after the care message.");
            cadence.RuleFor(c => c.CallMonths).Must((c, months) => months![0] * 28 > c.GreetingWeeks * 7 && months.Zip(months.Skip(1)).All(p => p.First < p.Second))
                .When(c => c.GreetingWeeks is not null && c.CallMonths is { Count: FollowUpCadenceRule.Calls }).WithErrorCode("programme.follow_up_cadence_invalid")
                .WithMessage("The calls come after the greeting (a month counts as 28 days), each month after the one before.");
        }).When(x => x.FollowUpCadence is not null);
    }
}
