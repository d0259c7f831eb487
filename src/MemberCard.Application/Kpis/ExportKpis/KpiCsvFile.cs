namespace MemberCard.Application.Kpis.ExportKpis;

public sealed record KpiCsvFile(string FileName, byte[] Content);
