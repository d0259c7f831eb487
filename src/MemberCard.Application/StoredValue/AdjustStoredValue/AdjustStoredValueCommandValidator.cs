namespace MemberCard.Application.StoredValue.AdjustStoredValue;

using FluentValidation;
using MemberCard.Application.StoredValue.Common;
using MemberCard.Domain.StoredValue;

public sealed class AdjustStoredValueCommandValidator : AbstractValidator<AdjustStoredValueCommand>
{
    public AdjustStoredValueCommandValidator()
    {
        RuleFor(x => x.Principal).InclusiveBetween(-StoredValueRules.MaxAmount, StoredValueRules.MaxAmount).PrecisionScale(12, 2, true);
        RuleFor(x => x.Bonus).InclusiveBetween(-StoredValueRules.MaxAmount, StoredValueRules.MaxAmount).PrecisionScale(12, 2, true);
        RuleFor(x => x.Principal).Must((command, _) => (command.Principal ?? 0m) != 0m || (command.Bonus ?? 0m) != 0m)
            .WithErrorCode("stored_value.adjustment_empty").WithMessage("Give a non-zero principal or bonus change.");
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(StoredValueLedgerEntry.ReasonMaxLength);
    }
}
