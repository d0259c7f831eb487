namespace MemberCard.Application.Members.GetMyCard;

using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Members.Common;
using MemberCard.Application.Points.Common;
using Microsoft.EntityFrameworkCore;

public sealed class GetMyCardQueryHandler(IMemberCardDbContext db, ICurrentPrincipal principal, TimeProvider clock)
    : IQueryHandler<GetMyCardQuery, MyCardDto>
{
    public async ValueTask<MyCardDto> Handle(GetMyCardQuery query, CancellationToken cancellationToken)
    {
        var member = await CardTarget.LoadShopperAsync(db, principal, cancellationToken);
        var programme = await db.Programme.AsNoTracking().SingleAsync(cancellationToken);
        var rule = programme.RuleFor(member.Tier);
        var today = programme.BusinessDate(clock.GetUtcNow());
        var lots = await db.PointsLots.AsNoTracking().Where(l => l.MemberId == member.Id && l.Remaining > 0).ToListAsync(cancellationToken);
        var card = member.CurrentCard;
        return new MyCardDto(
            card.Number.Value,
            card.Status.ToString(),
            member.Tier.ToString(),
            rule.DiscountRate,
            rule.PointsMultiplier,
            rule.Benefits,
            member.PointsBalance,
            lots.Where(l => l.IsSpendableOn(today)).Sum(l => l.Remaining),
            LotSummary.ByExpiry(lots),
            MemberDetailDto.From(member));
    }
}
