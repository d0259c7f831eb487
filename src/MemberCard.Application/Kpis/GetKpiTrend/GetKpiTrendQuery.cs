namespace MemberCard.Application.Kpis.GetKpiTrend;

using Mediator;

/// <summary>The last <see cref="Months"/> months up to <see cref="To"/> (default: the previous month), for the charts.</summary>
public sealed record GetKpiTrendQuery(int Months, string? To) : IQuery<KpiTrendDto>;
