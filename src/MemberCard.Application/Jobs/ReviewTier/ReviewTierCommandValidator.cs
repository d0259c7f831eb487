namespace MemberCard.Application.Jobs.ReviewTier;

using FluentValidation;

public sealed class ReviewTierCommandValidator : AbstractValidator<ReviewTierCommand>
{
    public ReviewTierCommandValidator()
    {
        RuleFor(x => x.MemberId).NotEmpty();
        RuleFor(x => x.AsOf).NotEmpty();
        RuleFor(x => x.ReviewOpenedAt).NotEmpty();
    }
}
