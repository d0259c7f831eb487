namespace MemberCard.Application.Jobs.AwardMilestoneGifts;

using FluentValidation;

public sealed class AwardMilestoneGiftsCommandValidator : AbstractValidator<AwardMilestoneGiftsCommand>
{
    public AwardMilestoneGiftsCommandValidator()
    {
        RuleFor(x => x.MemberId).NotEmpty();
        RuleFor(x => x.AsOf).NotEmpty();
    }
}
