namespace MemberCard.Application.StoredValue.GetMyStoredValueLedger;

using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using MemberCard.Application.StoredValue.Common;
using Microsoft.EntityFrameworkCore;

public sealed class GetMyStoredValueLedgerQueryHandler(IMemberCardDbContext db, ICurrentPrincipal principal)
    : IQueryHandler<GetMyStoredValueLedgerQuery, PagedResult<StoredValueEntryDto>>
{
    public async ValueTask<PagedResult<StoredValueEntryDto>> Handle(GetMyStoredValueLedgerQuery query, CancellationToken cancellationToken)
    {
        var member = await CardTarget.LoadShopperAsync(db, principal, cancellationToken);
        var entries = db.StoredValueLedger.AsNoTracking().Where(e => e.MemberId == member.Id);
        var total = await entries.CountAsync(cancellationToken);
        var page = await entries.OrderByDescending(e => e.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(e => new StoredValueEntryDto(e.Id, e.Kind.ToString(), e.Principal + e.Bonus, e.Principal, e.Bonus, e.PrincipalAfter + e.BonusAfter,
                e.OccurredAt, e.BusinessDate, e.CardNumber, e.PurchaseId, e.TopUpId))
            .ToListAsync(cancellationToken);
        return new PagedResult<StoredValueEntryDto>(page, query.Page, query.PageSize, total);
    }
}
