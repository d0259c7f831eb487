namespace MemberCard.Application.Points.GetMyLots;

using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Points.Common;
using Microsoft.EntityFrameworkCore;

public sealed class GetMyLotsQueryHandler(IMemberCardDbContext db, ICurrentPrincipal principal, TimeProvider clock)
    : IQueryHandler<GetMyLotsQuery, MyPointsDto>
{
    public async ValueTask<MyPointsDto> Handle(GetMyLotsQuery query, CancellationToken cancellationToken)
    {
        var member = await CardTarget.LoadShopperAsync(db, principal, cancellationToken);
        var today = (await db.Programme.AsNoTracking().SingleAsync(cancellationToken)).BusinessDate(clock.GetUtcNow());
        var lots = await db.PointsLots.AsNoTracking().Where(l => l.MemberId == member.Id && l.Remaining > 0).ToListAsync(cancellationToken);
        return new MyPointsDto(member.PointsBalance, lots.Where(l => l.IsSpendableOn(today)).Sum(l => l.Remaining), LotSummary.ByExpiry(lots));
    }
}
