namespace MemberCard.Application.StoredValue.ConfirmTopUpPayment;

using FluentValidation;

/// <summary>Only the envelope: whether the content holds up is the signature's business (a missing one is refused there).</summary>
public sealed class ConfirmTopUpPaymentCommandValidator : AbstractValidator<ConfirmTopUpPaymentCommand>
{
    public ConfirmTopUpPaymentCommandValidator()
    {
        RuleFor(x => x.Body).NotEmpty().MaximumLength(4096);
        RuleFor(x => x.Timestamp).MaximumLength(20);
        RuleFor(x => x.Signature).MaximumLength(128);
    }
}
