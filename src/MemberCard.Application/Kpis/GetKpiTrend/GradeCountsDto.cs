namespace MemberCard.Application.Kpis.GetKpiTrend;

public sealed record GradeCountsDto(int A, int B, int C, int D);
