namespace MemberCard.Application.Checkout.QuoteCheckout;

using Mediator;
using MemberCard.Application.Checkout.Common;

/// <summary>Prices a basket for the scanned card without changing anything.</summary>
public sealed record QuoteCheckoutQuery(
    string? Code, IReadOnlyList<CheckoutLineInput>? Lines, long? PointsUsed, bool IsCardApplicationPurchase) : IQuery<QuoteDto>;
