namespace MemberCard.Application.Kpis.Common;

using FluentValidation;
using MemberCard.Domain.Branches;

/// <summary>Shape rules shared by the KPI queries.</summary>
public static class KpiRules
{
    public const string MonthInvalid = "kpi.month_invalid";

    public static void MonthRule<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> month) =>
        validator.RuleFor(month)
            .Must(m => m is null || KpiMonth.IsValid(m)).WithErrorCode(MonthInvalid)
            .WithMessage("'{PropertyName}' must be a month written YYYY-MM (e.g. 2026-10).");

    public static void BranchCodeRule<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> branch) =>
        validator.RuleFor(branch).MaximumLength(Branch.CodeMaxLength);
}
