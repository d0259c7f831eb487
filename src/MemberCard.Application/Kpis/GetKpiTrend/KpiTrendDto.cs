namespace MemberCard.Application.Kpis.GetKpiTrend;

public sealed record KpiTrendDto(IReadOnlyList<KpiTrendMonthDto> Months);
