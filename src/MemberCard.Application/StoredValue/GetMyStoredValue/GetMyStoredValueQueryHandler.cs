namespace MemberCard.Application.StoredValue.GetMyStoredValue;

using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Models;
using MemberCard.Application.Common.Points;
using MemberCard.Application.StoredValue.Common;
using Microsoft.EntityFrameworkCore;

public sealed class GetMyStoredValueQueryHandler(IMemberCardDbContext db, ICurrentPrincipal principal, PointsDesk points)
    : IQueryHandler<GetMyStoredValueQuery, StoredValueBalanceDto>
{
    public async ValueTask<StoredValueBalanceDto> Handle(GetMyStoredValueQuery query, CancellationToken cancellationToken)
    {
        var member = await CardTarget.LoadShopperAsync(db, principal, cancellationToken);
        var account = await db.StoredValueAccounts.AsNoTracking().Where(a => a.MemberId == member.Id)
            .Select(a => new { a.Principal, a.Bonus }).SingleOrDefaultAsync(cancellationToken);
        var programme = await points.ProgrammeAsync(cancellationToken);
        var principalPart = account?.Principal ?? 0m;
        var bonus = account?.Bonus ?? 0m;
        return new StoredValueBalanceDto(Yuan.Of(principalPart), Yuan.Of(bonus), Yuan.Of(principalPart + bonus), Yuan.Of(programme.StoredValueMaxBalance));
    }
}
