namespace MemberCard.Application.Points.GetMyLedger;

using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using MemberCard.Application.Points.Common;
using Microsoft.EntityFrameworkCore;

public sealed class GetMyLedgerQueryHandler(IMemberCardDbContext db, ICurrentPrincipal principal)
    : IQueryHandler<GetMyLedgerQuery, PagedResult<LedgerEntryDto>>
{
    public async ValueTask<PagedResult<LedgerEntryDto>> Handle(GetMyLedgerQuery query, CancellationToken cancellationToken)
    {
        var member = await CardTarget.LoadShopperAsync(db, principal, cancellationToken);
        var entries = db.PointsLedger.AsNoTracking().Where(e => e.MemberId == member.Id);
        var total = await entries.CountAsync(cancellationToken);
        var page = await entries.OrderByDescending(e => e.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(e => new LedgerEntryDto(e.Id, e.Kind.ToString(), e.Points, e.BalanceAfter, e.OccurredAt, e.BusinessDate, e.CardNumber, e.PurchaseId, e.Reason))
            .ToListAsync(cancellationToken);
        return new PagedResult<LedgerEntryDto>(page, query.Page, query.PageSize, total);
    }
}
