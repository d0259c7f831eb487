namespace MemberCard.Application.Checkout.QuoteCheckout;

using Mediator;
using MemberCard.Application.Checkout.Common;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Points;
using MemberCard.Domain.Points;
using Microsoft.EntityFrameworkCore;

public sealed class QuoteCheckoutQueryHandler(
    IMemberCardDbContext db, ICurrentPrincipal principal, PointsDesk desk, CheckoutPricing pricing, TimeProvider clock)
    : IQueryHandler<QuoteCheckoutQuery, QuoteDto>
{
    public async ValueTask<QuoteDto> Handle(QuoteCheckoutQuery query, CancellationToken cancellationToken)
    {
        var branchId = CheckoutPricing.RequireBranch(principal);
        var scanned = await desk.FindCardAsync(query.Code!, cancellationToken);
        var member = await db.Members.IgnoreQueryFilters().AsNoTracking().Include(m => m.Cards)
            .SingleAsync(m => m.Id == scanned.MemberId, cancellationToken);
        member.FindCard(scanned.CardNumber).EnsureCanTransact();
        var lots = await db.PointsLots.IgnoreQueryFilters().AsNoTracking()
            .Where(l => l.MemberId == member.Id && l.Remaining > 0).ToListAsync(cancellationToken);
        var programme = await desk.ProgrammeAsync(cancellationToken);
        var quote = await pricing.PriceAsync(
            member, new PointsWallet(member, lots), programme, branchId, programme.BusinessDate(clock.GetUtcNow()),
            CheckoutRules.ToDomain(query.Lines!), query.IsCardApplicationPurchase, query.PointsUsed ?? 0, cancellationToken);
        return QuoteDto.From(scanned.CardNumber.Value, quote, member.PointsBalance);
    }
}
