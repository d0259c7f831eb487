namespace MemberCard.Application.Kpis.ExportKpis;

using Mediator;

/// <summary>The same report as <see cref="ListKpis.ListKpisQuery"/>, as a CSV file Excel opens as UTF-8.</summary>
public sealed record ExportKpisQuery(string? Month, string? Branch) : IQuery<KpiCsvFile>;
