namespace MemberCard.Application.StoredValue.TopUpAtTill;

using FluentValidation;
using MemberCard.Application.StoredValue.Common;
using MemberCard.Domain.StoredValue;

public sealed class TopUpAtTillCommandValidator : AbstractValidator<TopUpAtTillCommand>
{
    public static readonly IReadOnlySet<string> PaymentMethods =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "cash", "bank_card", "wechat_pay", "alipay", "other" };

    public TopUpAtTillCommandValidator()
    {
        RuleFor(x => x.ReceiptNo).NotEmpty().MaximumLength(StoredValueTopUp.ReceiptNoMaxLength)
            .Matches("^[A-Za-z0-9_./-]+$").WithErrorCode("receipt_no.format")
            .WithMessage("'{PropertyName}' may hold letters, digits and - _ . / only.");
        RuleFor(x => x.IdempotencyKey).MaximumLength(StoredValueTopUp.IdempotencyKeyMaxLength);
        RuleFor(x => x.Code).NotEmpty().MaximumLength(32);
        StoredValueRules.AmountOrPackage(this, x => x.Amount, x => x.PackageId);
        RuleFor(x => x.PaymentMethod).Must(m => m is null || PaymentMethods.Contains(m))
            .WithErrorCode("payment.method_unknown").WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", PaymentMethods)}.");
    }
}
