namespace MemberCard.Application.Checkout.CommitPurchase;

using FluentValidation;
using MemberCard.Application.Checkout.Common;
using MemberCard.Domain.Purchases;

public sealed class CommitPurchaseCommandValidator : AbstractValidator<CommitPurchaseCommand>
{
    public static readonly IReadOnlySet<string> PaymentMethods =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "cash", "bank_card", "wechat_pay", "alipay", "voucher", "other", "stored_value" };

    public CommitPurchaseCommandValidator()
    {
        RuleFor(x => x.ReceiptNo).NotEmpty().MaximumLength(Purchase.ReceiptNoMaxLength)
            .Matches("^[A-Za-z0-9_./-]+$").WithErrorCode("receipt_no.format")
            .WithMessage("'{PropertyName}' may hold letters, digits and - _ . / only.");
        RuleFor(x => x.IdempotencyKey).MaximumLength(Purchase.IdempotencyKeyMaxLength);
        CheckoutRules.ForBasket(this, x => x.Code, x => x.Lines, x => x.PointsUsed);
        RuleFor(x => x.Payments).Must(p => p is null || p.Count <= 10).WithMessage("At most 10 payments.");
        RuleForEach(x => x.Payments).NotNull().ChildRules(payment =>
        {
            payment.RuleFor(p => p.Method).NotEmpty().Must(m => m is null || PaymentMethods.Contains(m))
                .WithErrorCode("payment.method_unknown").WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", PaymentMethods)}.");
            payment.RuleFor(p => p.Amount).NotNull().GreaterThanOrEqualTo(0m).LessThanOrEqualTo(100_000_000m).PrecisionScale(12, 2, true);
        });
    }
}
