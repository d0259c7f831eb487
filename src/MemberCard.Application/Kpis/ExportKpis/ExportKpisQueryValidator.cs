namespace MemberCard.Application.Kpis.ExportKpis;

using FluentValidation;
using MemberCard.Application.Kpis.Common;

public sealed class ExportKpisQueryValidator : AbstractValidator<ExportKpisQuery>
{
    public ExportKpisQueryValidator()
    {
        KpiRules.MonthRule(this, x => x.Month);
        KpiRules.BranchCodeRule(this, x => x.Branch);
    }
}
