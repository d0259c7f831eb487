namespace MemberCard.Application.Kpis.ListKpis;

using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Kpis.Common;

public sealed class ListKpisQueryHandler(IReadModelDb db, IKpiServiceFigures serviceFigures, TimeProvider clock)
    : IQueryHandler<ListKpisQuery, KpiReportDto>
{
    public async ValueTask<KpiReportDto> Handle(ListKpisQuery query, CancellationToken cancellationToken) =>
        await ReportAsync(db, serviceFigures, clock, query.Month, query.Branch, cancellationToken);

    /// <summary>Shared with the CSV export, so both always show the same figures.</summary>
    public static async Task<KpiReportDto> ReportAsync(
        IMemberCardDbContext db, IKpiServiceFigures serviceFigures, TimeProvider clock, string? month, string? branch,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var kpiMonth = await KpiBoard.MonthOrPreviousAsync(db, month, now, cancellationToken);
        var report = await KpiBoard.MonthAsync(db, serviceFigures, kpiMonth, now, cancellationToken);
        if (string.IsNullOrWhiteSpace(branch))
        {
            return report;
        }

        // Ranked among all branches first, then narrowed: one branch keeps its place in the chain.
        var code = branch.Trim().ToUpperInvariant();
        var row = report.Branches.SingleOrDefault(b => b.BranchCode == code) ?? throw new NotFoundException("branch.not_found", "No such branch.");
        return report with { Branches = [row] };
    }
}
