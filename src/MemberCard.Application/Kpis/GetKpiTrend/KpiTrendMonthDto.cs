namespace MemberCard.Application.Kpis.GetKpiTrend;

/// <summary>Chain-wide totals of one month and how many branches got each grade.</summary>
public sealed record KpiTrendMonthDto(
    string Month,
    int NewCards,
    int ActiveMembers,
    long PointsIssued,
    long PointsRedeemed,
    long PointsExpired,
    long OutstandingPoints,
    GradeCountsDto Grades);
