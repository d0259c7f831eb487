namespace MemberCard.Application.StoredValue.Common;

using FluentValidation;

/// <summary>Shape rules for amounts of stored value: positive yuan with at most two decimals.</summary>
public static class StoredValueRules
{
    public const decimal MaxAmount = 1_000_000m;

    public static IRuleBuilderOptions<T, decimal?> Amount<T>(IRuleBuilder<T, decimal?> rule) =>
        rule.GreaterThan(0m).LessThanOrEqualTo(MaxAmount).PrecisionScale(12, 2, true);

    /// <summary>A top-up names either an amount or a package, not both and not neither.</summary>
    public static void AmountOrPackage<T>(AbstractValidator<T> validator, Func<T, decimal?> amount, Func<T, Guid?> package)
    {
        Amount(validator.RuleFor(x => amount(x))).OverridePropertyName("amount");
        validator.RuleFor(x => x).Must(x => amount(x).HasValue != package(x).HasValue)
            .WithErrorCode("stored_value.amount_or_package").WithMessage("Give either an amount or a package id.")
            .OverridePropertyName("amount");
    }
}
