namespace MemberCard.Application.StoredValue.GetStoredValueSummary;

using System.Globalization;
using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using MemberCard.Domain.Branches;
using MemberCard.Domain.StoredValue;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Read straight from the ledger (indexed by branch and business date), not from the KPI rollups. The one
/// reviewed cross-branch read of stored value: the flows of a branch include other branches' members who
/// shopped there, so the member filter cannot decide it; a branch gets its own row and nothing else.
/// </summary>
public sealed class GetStoredValueSummaryQueryHandler(IMemberCardDbContext db, ICurrentPrincipal principal)
    : IQueryHandler<GetStoredValueSummaryQuery, IReadOnlyList<StoredValueSummaryRow>>
{
    public async ValueTask<IReadOnlyList<StoredValueSummaryRow>> Handle(GetStoredValueSummaryQuery query, CancellationToken cancellationToken)
    {
        var first = DateOnly.ParseExact(query.Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var last = first.AddMonths(1).AddDays(-1);
        var own = principal.SeesAllBranches ? (Guid?)null : principal.BranchId.Value;
        var ledger = db.StoredValueLedger.IgnoreQueryFilters().AsNoTracking();

        var flows = await ledger
            .Where(e => e.BusinessDate >= first && e.BusinessDate <= last && e.BranchId != null && (own == null || e.BranchId == own))
            .GroupBy(e => e.BranchId!.Value)
            .Select(g => new
            {
                BranchId = g.Key,
                TopUps = g.Count(e => e.Kind == StoredValueEntryKind.TopUp),
                TopUpPrincipal = g.Sum(e => e.Kind == StoredValueEntryKind.TopUp ? e.Principal : 0m),
                BonusGranted = g.Sum(e => e.Kind == StoredValueEntryKind.TopUp ? e.Bonus : 0m),
                Spend = -g.Sum(e => e.Kind == StoredValueEntryKind.Spend ? e.Principal + e.Bonus : 0m),
                Returned = g.Sum(e => e.Kind == StoredValueEntryKind.Return ? e.Principal + e.Bonus : 0m),
                Refunds = -g.Sum(e => e.Kind == StoredValueEntryKind.Refund ? e.Principal : 0m),
                Forfeited = -g.Sum(e => e.Kind == StoredValueEntryKind.Forfeit ? e.Bonus : 0m),
                Adjustments = g.Sum(e => e.Kind == StoredValueEntryKind.Adjust ? e.Principal + e.Bonus : 0m),
            })
            .ToDictionaryAsync(f => f.BranchId, cancellationToken);

        var liabilities = await ledger.Where(e => e.BusinessDate <= last)
            .Join(db.Members.IgnoreQueryFilters(), e => e.MemberId, m => m.Id, (e, m) => new { m.HomeBranchId, e.Principal, e.Bonus })
            .Where(x => own == null || x.HomeBranchId == new BranchId(own.Value))
            .GroupBy(x => x.HomeBranchId)
            .Select(g => new { BranchId = g.Key, Principal = g.Sum(x => x.Principal), Bonus = g.Sum(x => x.Bonus) })
            .ToDictionaryAsync(l => l.BranchId.Value, cancellationToken);

        var branches = await db.Branches.IgnoreQueryFilters().AsNoTracking()
            .Where(b => own == null || b.Id == new BranchId(own.Value))
            .OrderBy(b => b.Code).Select(b => new { b.Id, b.Code }).ToListAsync(cancellationToken);
        return branches.Select(b =>
        {
            var f = flows.GetValueOrDefault(b.Id.Value);
            var l = liabilities.GetValueOrDefault(b.Id.Value);
            return new StoredValueSummaryRow(b.Id.Value, b.Code, query.Month!,
                f?.TopUps ?? 0, Yuan.Of(f?.TopUpPrincipal ?? 0m), Yuan.Of(f?.BonusGranted ?? 0m), Yuan.Of(f?.Spend ?? 0m), Yuan.Of(f?.Returned ?? 0m),
                Yuan.Of(f?.Refunds ?? 0m), Yuan.Of(f?.Forfeited ?? 0m), Yuan.Of(f?.Adjustments ?? 0m),
                Yuan.Of(l?.Principal ?? 0m), Yuan.Of(l?.Bonus ?? 0m), Yuan.Of((l?.Principal ?? 0m) + (l?.Bonus ?? 0m)));
        }).ToList();
    }
}
