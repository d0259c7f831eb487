namespace MemberCard.Application.Gifts.Common;

using FluentValidation;
using MemberCard.Domain.Gifts;

public static class GiftRules
{
    public static void For<T>(AbstractValidator<T> v, Func<T, string?> name, Func<T, long?> price, Func<T, int?> stock, Func<T, DateOnly?> from, Func<T, DateOnly?> to)
    {
        v.RuleFor(x => name(x)).NotEmpty().MaximumLength(Gift.NameMaxLength).OverridePropertyName("name");
        v.RuleFor(x => price(x)).NotNull().InclusiveBetween(1, 100_000_000).OverridePropertyName("pointsPrice");
        v.RuleFor(x => stock(x)).NotNull().InclusiveBetween(0, 10_000_000).OverridePropertyName("stock");
        v.RuleFor(x => to(x)).Must((x, t) => t is null || from(x) is null || t >= from(x))
            .WithErrorCode("gift.dates_reversed").WithMessage("'activeTo' must not be before 'activeFrom'.").OverridePropertyName("activeTo");
    }
}
