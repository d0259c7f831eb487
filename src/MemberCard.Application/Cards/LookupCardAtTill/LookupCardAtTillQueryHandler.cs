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
        // A plain join keeps this to index probes; a correlated .Single() turns into a window over all members.
        var hit = await scanned
            .Join(db.Members.IgnoreQueryFilters(), c => c.MemberId, m => m.Id, (c, m) => new
            {
                c.Number,
                c.Status,
                c.HomeBranchId,
                c.MemberId,
                m.Name,
                m.Tier,
                m.PointsBalance,
            })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw CardTarget.CardNotFound();

        // Only a replaced card needs the member's current one looked up; otherwise it is the card itself.
        var current = hit.Status switch
        {
            CardStatus.Replaced => await db.Cards.IgnoreQueryFilters()
                .Where(o => o.MemberId == hit.MemberId && (o.Status == CardStatus.Issued || o.Status == CardStatus.Active || o.Status == CardStatus.Frozen))
                .Select(o => (CardNumber?)o.Number)
                .FirstOrDefaultAsync(cancellationToken),
            CardStatus.Cancelled => null,
            _ => hit.Number,
        };

        var programme = await db.Programme.AsNoTracking().SingleAsync(cancellationToken);
        return new TillCardView(
            hit.Number.Value,
            hit.Status.ToString(),
            hit.Status == CardStatus.Active,
            Pii.MaskName(hit.Name),
            hit.Tier.ToString(),
            programme.RuleFor(hit.Tier).DiscountRate,
            hit.PointsBalance,
            principal.SeesAllBranches || hit.HomeBranchId == principal.BranchId,
            current?.Value);
    }
}
