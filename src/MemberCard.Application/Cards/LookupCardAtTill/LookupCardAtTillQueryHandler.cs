namespace MemberCard.Application.Cards.LookupCardAtTill;

using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Common.Interfaces;
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
        var cards = db.Cards.IgnoreQueryFilters();
        IQueryable<Card> scanned;
        if (CardNumber.TryParse(query.Code, out var number))
        {
            scanned = cards.Where(c => c.Number == number);
        }
        else
        {
            var phone = PhoneNumber.Create(query.Code);
            scanned = cards.Where(c => c.Status != CardStatus.Replaced && c.Status != CardStatus.Cancelled)
                .Where(c => db.Members.IgnoreQueryFilters().Any(m => m.Id == c.MemberId && m.Phone == phone && m.Status == MemberStatus.Active));
        }

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
