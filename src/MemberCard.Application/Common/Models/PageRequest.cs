namespace MemberCard.Application.Common.Models;

using FluentValidation;

public static class PageRequest
{
    public const int MaxPageSize = 100;

    public static void RulesFor<T>(AbstractValidator<T> validator, Func<T, int> page, Func<T, int> pageSize)
    {
        validator.RuleFor(x => page(x)).GreaterThanOrEqualTo(1).OverridePropertyName("page");
        validator.RuleFor(x => pageSize(x)).InclusiveBetween(1, MaxPageSize).OverridePropertyName("pageSize");
    }
}
