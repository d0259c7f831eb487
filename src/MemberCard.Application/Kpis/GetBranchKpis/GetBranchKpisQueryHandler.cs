namespace MemberCard.Application.Kpis.GetBranchKpis;

using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Kpis.Common;

public sealed class GetBranchKpisQueryHandler(IReadModelDb db, ICurrentPrincipal principal, IKpiServiceFigures serviceFigures, TimeProvider clock)
    : IQueryHandler<GetBranchKpisQuery, BranchKpisDto>
{
    public async ValueTask<BranchKpisDto> Handle(GetBranchKpisQuery query, CancellationToken cancellationToken)
    {
        // Head office reads every branch through /hq/kpis; here "own" needs a branch key.
        if (principal.Kind != PrincipalKind.Branch)
        {
            throw new ForbiddenException("auth.branch_only", "Only a branch key has its own KPIs; head office reads them at /api/v1/hq/kpis.");
        }

        var now = clock.GetUtcNow();
        var month = await KpiBoard.MonthOrPreviousAsync(db, query.Month, now, cancellationToken);
        var report = await KpiBoard.MonthAsync(db, serviceFigures, month, now, cancellationToken);
        return report.Branches.Single(b => b.BranchId == principal.BranchId.Value);
    }
}
