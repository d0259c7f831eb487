namespace MemberCard.Application.Points.AdjustPoints;

using FluentValidation;
using MemberCard.Domain.Points;

public sealed class AdjustPointsCommandValidator : AbstractValidator<AdjustPointsCommand>
{
    public AdjustPointsCommandValidator()
    {
        RuleFor(x => x.Points).NotNull().NotEqual(0).InclusiveBetween(-100_000_000, 100_000_000);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(PointsLedgerEntry.ReasonMaxLength);
    }
}
