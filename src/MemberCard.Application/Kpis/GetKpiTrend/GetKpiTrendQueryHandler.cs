namespace MemberCard.Application.Kpis.GetKpiTrend;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Kpis.Common;

public sealed class GetKpiTrendQueryHandler(IReadModelDb db, IKpiServiceFigures serviceFigures, TimeProvider clock)
    : IQueryHandler<GetKpiTrendQuery, KpiTrendDto>
{
    public async ValueTask<KpiTrendDto> Handle(GetKpiTrendQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var to = await KpiBoard.MonthOrPreviousAsync(db, query.To, now, cancellationToken);
        var reports = await KpiBoard.MonthsAsync(db, serviceFigures, to.Plus(1 - query.Months), to, now, cancellationToken);
        return new KpiTrendDto(reports.Select(r => new KpiTrendMonthDto(
            r.Month,
            r.Branches.Sum(b => b.NewCards),
            r.Branches.Sum(b => b.ActiveMembers),
            r.Branches.Sum(b => b.PointsIssued),
            r.Branches.Sum(b => b.PointsRedeemed),
            r.Branches.Sum(b => b.PointsExpired),
            r.Branches.Sum(b => b.OutstandingPoints),
            new GradeCountsDto(
                r.Branches.Count(b => b.Grade == "A"), r.Branches.Count(b => b.Grade == "B"),
                r.Branches.Count(b => b.Grade == "C"), r.Branches.Count(b => b.Grade == "D")))).ToList());
    }
}
