namespace MemberCard.Application.Kpis.ListKpis;

using FluentValidation;
using MemberCard.Application.Kpis.Common;

public sealed class ListKpisQueryValidator : AbstractValidator<ListKpisQuery>
{
    public ListKpisQueryValidator()
    {
        KpiRules.MonthRule(this, x => x.Month);
        KpiRules.BranchCodeRule(this, x => x.Branch);
    }
}
