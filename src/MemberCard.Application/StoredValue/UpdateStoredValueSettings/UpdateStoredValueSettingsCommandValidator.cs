namespace MemberCard.Application.StoredValue.UpdateStoredValueSettings;

using FluentValidation;

public sealed class UpdateStoredValueSettingsCommandValidator : AbstractValidator<UpdateStoredValueSettingsCommand>
{
    public UpdateStoredValueSettingsCommandValidator()
    {
        RuleFor(x => x.MaxBalance).NotNull().GreaterThanOrEqualTo(1m).LessThanOrEqualTo(1_000_000m).PrecisionScale(12, 2, true);
        RuleFor(x => x.SpendOrder).NotNull().IsInEnum();
        RuleFor(x => x.DepositsCountForTier).NotNull();
    }
}
