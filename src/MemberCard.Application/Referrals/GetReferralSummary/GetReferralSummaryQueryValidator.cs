namespace MemberCard.Application.Referrals.GetReferralSummary;

using FluentValidation;
using MemberCard.Application.Kpis.Common;

public sealed class GetReferralSummaryQueryValidator : AbstractValidator<GetReferralSummaryQuery>
{
    public GetReferralSummaryQueryValidator() => KpiRules.MonthRule(this, x => x.Month);
}
