namespace MemberCard.Application.Kpis.ListKpis;

using Mediator;
using MemberCard.Application.Kpis.Common;

/// <summary>A month's KPIs (default: the previous month) for every branch, or for the branch with code <see cref="Branch"/>.</summary>
public sealed record ListKpisQuery(string? Month, string? Branch) : IQuery<KpiReportDto>;
