namespace MemberCard.Application.Cards.LookupCardAtTill;

using Mediator;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Points;
using MemberCard.Application.Common.Security;
using MemberCard.Domain.Members;
using MemberCard.Domain.Programme;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The one reviewed cross-branch read: a till may scan a card of any branch, so this query ignores the
/// branch filter and returns only the minimal, masked <see cref="TillCardView"/>. One statement: the card,
/// its member, and the programme's version, which says whether the cached tier discounts still hold.
/// </summary>
public sealed class LookupCardAtTillQueryHandler(IMemberCardDbContext db, ICurrentPrincipal principal, PointsDesk desk)
    : IQueryHandler<LookupCardAtTillQuery, TillCardView>
{
    // The scan of a card is the till's most frequent request: its query is compiled once rather than built and
    // looked up in EF's query cache on every call. A plain join keeps it to index probes (a correlated
    // .Single() turns into a window over all members).
    private static readonly Func<DbContext, CardNumber, CancellationToken, Task<TillCardHit?>> ByCardNumber = EF.CompileAsyncQuery(
        (DbContext context, CardNumber number, CancellationToken _) => context.Set<Card>().IgnoreQueryFilters()
            .Where(c => c.Number == number)
            .Join(context.Set<Member>().IgnoreQueryFilters(), c => c.MemberId, m => m.Id, (c, m) => new TillCardHit
            {
                Number = c.Number,
                Status = c.Status,
                HomeBranchId = c.HomeBranchId,
                MemberId = c.MemberId,
                Name = m.Name,
                Tier = m.Tier,
                PointsBalance = m.PointsBalance,
                ProgrammeVersion = context.Set<ProgrammeSettings>()
                    .Where(p => p.Id == ProgrammeSettings.SingletonId).Select(p => (uint?)p.Version).FirstOrDefault(),
            })
            .FirstOrDefault());

    public async ValueTask<TillCardView> Handle(LookupCardAtTillQuery query, CancellationToken cancellationToken)
    {
        var (number, phone) = ScannedCode.Parse(query.Code);
        var hit = (number, phone) switch
        {
            ({ } card, null) => await ByCardNumber((DbContext)db, card, cancellationToken),
            _ => await ScannedCode.Cards(db, query.Code)
                .Join(db.Members.IgnoreQueryFilters(), c => c.MemberId, m => m.Id, (c, m) => new TillCardHit
                {
                    Number = c.Number,
                    Status = c.Status,
                    HomeBranchId = c.HomeBranchId,
                    MemberId = c.MemberId,
                    Name = m.Name,
                    Tier = m.Tier,
                    PointsBalance = m.PointsBalance,
                    ProgrammeVersion = db.Programme
                        .Where(p => p.Id == ProgrammeSettings.SingletonId).Select(p => (uint?)p.Version).FirstOrDefault(),
                })
                .FirstOrDefaultAsync(cancellationToken),
        } ?? throw CardTarget.CardNotFound();

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

        var programme = await desk.Programme.SettingsAsync(hit.ProgrammeVersion, cancellationToken);
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
