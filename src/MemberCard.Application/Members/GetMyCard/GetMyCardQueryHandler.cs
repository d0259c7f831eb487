namespace MemberCard.Application.Members.GetMyCard;

using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Members.Common;
using Microsoft.EntityFrameworkCore;

public sealed class GetMyCardQueryHandler(IMemberCardDbContext db, ICurrentPrincipal principal)
    : IQueryHandler<GetMyCardQuery, MyCardDto>
{
    public async ValueTask<MyCardDto> Handle(GetMyCardQuery query, CancellationToken cancellationToken)
    {
        var member = await CardTarget.LoadShopperAsync(db, principal, cancellationToken);
        var rule = (await db.Programme.AsNoTracking().SingleAsync(cancellationToken)).RuleFor(member.Tier);
        var card = member.CurrentCard;
        return new MyCardDto(
            card.Number.Value,
            card.Status.ToString(),
            member.Tier.ToString(),
            rule.DiscountRate,
            rule.PointsMultiplier,
            rule.Benefits,
            member.PointsBalance,
            MemberDetailDto.From(member));
    }
}
