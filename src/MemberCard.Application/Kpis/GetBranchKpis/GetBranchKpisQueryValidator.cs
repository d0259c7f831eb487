namespace MemberCard.Application.Kpis.GetBranchKpis;

using FluentValidation;
using MemberCard.Application.Kpis.Common;

public sealed class GetBranchKpisQueryValidator : AbstractValidator<GetBranchKpisQuery>
{
    public GetBranchKpisQueryValidator() => KpiRules.MonthRule(this, x => x.Month);
}
