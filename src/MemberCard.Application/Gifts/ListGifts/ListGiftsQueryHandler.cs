namespace MemberCard.Application.Gifts.ListGifts;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Gifts.Common;
using Microsoft.EntityFrameworkCore;

public sealed class ListGiftsQueryHandler(IMemberCardDbContext db, TimeProvider clock) : IQueryHandler<ListGiftsQuery, IReadOnlyList<GiftDto>>
{
    public async ValueTask<IReadOnlyList<GiftDto>> Handle(ListGiftsQuery query, CancellationToken cancellationToken)
    {
        var gifts = db.Gifts.AsNoTracking();
        if (query.ActiveOnly)
        {
            var today = (await db.Programme.AsNoTracking().SingleAsync(cancellationToken)).BusinessDate(clock.GetUtcNow());
            gifts = gifts.Where(g => g.Stock > 0 && (g.ActiveFrom == null || g.ActiveFrom <= today) && (g.ActiveTo == null || g.ActiveTo >= today));
        }

        return (await gifts.OrderBy(g => g.PointsPrice).ThenBy(g => g.Name).ToListAsync(cancellationToken)).Select(GiftDto.From).ToList();
    }
}
