namespace MemberCard.Application.Kpis.Common;

/// <summary>A month's KPIs for the branches asked for, ranked among all branches.</summary>
public sealed record KpiReportDto(
    string Month,
    DateOnly From,
    DateOnly To,
    int PointsPerYuan,
    KpiWeightsDto Weights,
    IReadOnlyList<BranchKpisDto> Branches);
