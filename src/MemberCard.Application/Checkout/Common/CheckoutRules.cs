namespace MemberCard.Application.Checkout.Common;

using FluentValidation;
using MemberCard.Domain.Purchases;

/// <summary>Shape rules shared by quote and commit.</summary>
public static class CheckoutRules
{
    public const int MaxLines = 200;
    public const decimal MaxQuantity = 100_000m;
    public const decimal MaxUnitPrice = 1_000_000m;
    public const long MaxPoints = 1_000_000_000L;

    public static void ForBasket<T>(AbstractValidator<T> validator, Func<T, string?> code, Func<T, IReadOnlyList<CheckoutLineInput>?> lines, Func<T, long?> points)
    {
        validator.RuleFor(x => code(x)).NotEmpty().MaximumLength(32).OverridePropertyName("code");
        validator.RuleFor(x => lines(x)).NotEmpty().Must(l => l is null || l.Count <= MaxLines)
            .WithErrorCode("checkout.too_many_lines").WithMessage($"A purchase has at most {MaxLines} lines.")
            .OverridePropertyName("lines");
        validator.RuleFor(x => lines(x))
            .Must(l => l is null || l.Where(i => i?.LineNo is not null).Select(i => i.LineNo).Distinct().Count() == l.Count(i => i?.LineNo is not null))
            .WithErrorCode("checkout.duplicate_line").WithMessage("Line numbers must be unique.")
            .OverridePropertyName("lines");
        validator.RuleForEach(x => lines(x)).NotNull().SetValidator(new LineValidator()).OverridePropertyName("lines");
        validator.RuleFor(x => points(x)).InclusiveBetween(0, MaxPoints).OverridePropertyName("pointsUsed");
    }

    public static IReadOnlyList<CheckoutLine> ToDomain(IReadOnlyList<CheckoutLineInput> lines) =>
        lines.Select((l, i) => new CheckoutLine(
            l.LineNo ?? i + 1, l.Sku!.Trim(), string.IsNullOrWhiteSpace(l.Category) ? null : l.Category.Trim(),
            l.Quantity!.Value, l.UnitPrice!.Value, l.SpecialPrice, l.Promotion)).ToList();

    private sealed class LineValidator : AbstractValidator<CheckoutLineInput>
    {
        public LineValidator()
        {
            RuleFor(l => l.LineNo).InclusiveBetween(1, 10_000);
            RuleFor(l => l.Sku).NotEmpty().MaximumLength(CheckoutLine.SkuMaxLength);
            RuleFor(l => l.Category).MaximumLength(CheckoutLine.CategoryMaxLength);
            RuleFor(l => l.Quantity).NotNull().GreaterThan(0m).LessThanOrEqualTo(MaxQuantity).PrecisionScale(15, 3, true);
            RuleFor(l => l.UnitPrice).NotNull().GreaterThan(0m).LessThanOrEqualTo(MaxUnitPrice).PrecisionScale(12, 2, true);
        }
    }
}
