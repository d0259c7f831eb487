namespace MemberCard.Application.Redemptions.RedeemPoints;

using FluentValidation;
using MemberCard.Domain.Gifts;

public sealed class RedeemPointsCommandValidator : AbstractValidator<RedeemPointsCommand>
{
    public RedeemPointsCommandValidator()
    {
        RuleFor(x => x.Code).MaximumLength(32);
        RuleFor(x => x.Reference).MaximumLength(Redemption.ReferenceMaxLength);
        RuleFor(x => x.GiftId).NotNull().When(x => x.Points is null)
            .WithErrorCode("redemption.kind_required").WithMessage("Name a gift (giftId) or, at a counter, the points to pay (points).");
        RuleFor(x => x.Points).Null().When(x => x.GiftId is not null)
            .WithErrorCode("redemption.kind_ambiguous").WithMessage("Name either a gift or points, not both.");
        RuleFor(x => x.Points).InclusiveBetween(1, 1_000_000_000);
        RuleFor(x => x.Quantity).InclusiveBetween(1, 100);
    }
}
