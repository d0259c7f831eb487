namespace MemberCard.Application.Checkout.QuoteCheckout;

using FluentValidation;
using MemberCard.Application.Checkout.Common;

public sealed class QuoteCheckoutQueryValidator : AbstractValidator<QuoteCheckoutQuery>
{
    public QuoteCheckoutQueryValidator() => CheckoutRules.ForBasket(this, x => x.Code, x => x.Lines, x => x.PointsUsed);
}
