namespace MemberCard.Application.Referrals.GetReferralSummary;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Kpis.Common;
using MemberCard.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Read straight from the referrals (index on branch and application date), apart from the KPI rollups: a
/// referral changes state after its month (conversion, reversal), which a daily rollup would have to chase.
/// </summary>
public sealed class GetReferralSummaryQueryHandler(IMemberCardDbContext db, TimeProvider clock) : IQueryHandler<GetReferralSummaryQuery, ReferralSummaryDto>
{
    public async ValueTask<ReferralSummaryDto> Handle(GetReferralSummaryQuery query, CancellationToken cancellationToken)
    {
        var month = query.Month is { } text ? KpiMonth.Parse(text) : KpiMonth.Of(await KpiBoard.TodayAsync(db, clock.GetUtcNow(), cancellationToken));
        var (first, last) = (month.First, month.Last);
        var rows = await db.Referrals.AsNoTracking()
            .Where(r => r.CreatedOn >= first && r.CreatedOn <= last)
            .GroupBy(r => r.BranchId)
            .Select(g => new
            {
                BranchId = g.Key,
                Accepted = g.Count(r => r.Status != ReferralStatus.Refused),
                Refused = g.Count(r => r.Status == ReferralStatus.Refused),
                Converted = g.Count(r => r.PurchaseId != null),
                Reversed = g.Count(r => r.Status == ReferralStatus.Reversed),
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.BranchId).ToList();
        var codes = await db.Branches.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Code, cancellationToken);

        var branches = rows
            .Select(r => BranchReferralFiguresDto.Of(r.BranchId.Value, codes[r.BranchId], r.Accepted, r.Refused, r.Converted, r.Reversed))
            .OrderBy(b => b.BranchCode, StringComparer.Ordinal)
            .ToList();
        var total = BranchReferralFiguresDto.Of(null, null,
            branches.Sum(b => b.Referrals), branches.Sum(b => b.Refused), branches.Sum(b => b.Converted), branches.Sum(b => b.Reversed));
        return new ReferralSummaryDto(month.ToString(), branches, total);
    }
}
