namespace MemberCard.Application.Cards.LookupCardAtTill;

using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Points;
using MemberCard.Application.Common.Security;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The one reviewed cross-branch read: a till may scan a card of any branch, so this query ignores the
/// branch filter and returns only the minimal, masked <see cref="TillCardView"/>.
/// </summary>
public sealed class LookupCardAtTillQueryHandler(IMemberCardDbContext db, ICurrentPrincipal principal)
    : IQueryHandler<LookupCardAtTillQuery, TillCardView>
{
    public async ValueTask<TillCardView> Handle(LookupCardAtTillQuery query, CancellationToken cancellationToken)
    {
        var scanned = ScannedCode.Cards(db, query.Code);
        var hit = await scanned
            .Select(c => new
            {
                c.Number,
                c.Status,
                c.HomeBranchId,
                Member = db.Members.IgnoreQueryFilters().Where(m => m.Id == c.MemberId).Select(m => new { m.Name, m.Tier, m.PointsBalance }).Single(),
                Current = db.Cards.IgnoreQueryFilters()
                    .Where(o => o.MemberId == c.MemberId && (o.Status == CardStatus.Issued || o.Status == CardStatus.Active || o.Status == CardStatus.Frozen))
                    .Select(o => (CardNumber?)o.Number)
                    .FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw CardTarget.CardNotFound();

        var programme = await db.Programme.AsNoTracking().SingleAsync(cancellationToken);
        return new TillCardView(
            hit.Number.Value,
            hit.Status.ToString(),
            hit.Status == CardStatus.Active,
            Pii.MaskName(hit.Member.Name),
            hit.Member.Tier.ToString(),
            programme.RuleFor(hit.Member.Tier).DiscountRate,
            hit.Member.PointsBalance,
            principal.SeesAllBranches || hit.HomeBranchId == principal.BranchId,
            hit.Current?.Value);
    }
}
