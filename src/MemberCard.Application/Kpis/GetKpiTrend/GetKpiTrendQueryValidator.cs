namespace MemberCard.Application.Kpis.GetKpiTrend;

using FluentValidation;
using MemberCard.Application.Kpis.Common;

public sealed class GetKpiTrendQueryValidator : AbstractValidator<GetKpiTrendQuery>
{
    public const int MaxMonths = 36;

    public GetKpiTrendQueryValidator()
    {
        RuleFor(x => x.Months).InclusiveBetween(1, MaxMonths);
        KpiRules.MonthRule(this, x => x.To);
    }
}
