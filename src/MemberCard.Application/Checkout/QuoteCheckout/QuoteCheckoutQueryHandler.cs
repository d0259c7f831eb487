namespace MemberCard.Application.Checkout.QuoteCheckout;

using Mediator;
using MemberCard.Application.Checkout.Common;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Points;
using MemberCard.Domain.Points;

public sealed class QuoteCheckoutQueryHandler(ICurrentPrincipal principal, PointsDesk desk, CheckoutPricing pricing, TimeProvider clock)
    : IQueryHandler<QuoteCheckoutQuery, QuoteDto>
{
    public async ValueTask<QuoteDto> Handle(QuoteCheckoutQuery query, CancellationToken cancellationToken)
    {
        var branchId = CheckoutPricing.RequireBranch(principal);
        var scanned = await desk.FindCardAsync(query.Code!, cancellationToken);
        var (snapshot, programme, today) = await desk.ReadTillAsync(
            scanned.MemberId, branchId, clock.GetUtcNow(), receiptNo: null, idempotencyKey: null, cancellationToken);
        var member = snapshot.Member;
        member.FindCard(scanned.CardNumber).EnsureCanTransact();
        var quote = await pricing.PriceAsync(
            snapshot, new PointsWallet(member, snapshot.OpenLots), programme, branchId, today,
            CheckoutRules.ToDomain(query.Lines!), query.IsCardApplicationPurchase, query.PointsUsed ?? 0, cancellationToken);
        return QuoteDto.From(scanned.CardNumber.Value, quote, member.PointsBalance);
    }
}
