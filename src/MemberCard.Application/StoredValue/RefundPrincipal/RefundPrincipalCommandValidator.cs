namespace MemberCard.Application.StoredValue.RefundPrincipal;

using FluentValidation;
using MemberCard.Domain.StoredValue;

public sealed class RefundPrincipalCommandValidator : AbstractValidator<RefundPrincipalCommand>
{
    public RefundPrincipalCommandValidator()
    {
        RuleFor(x => x.CardNumber).NotEmpty().MaximumLength(32);
        RuleFor(x => x.ApprovedBy).NotEmpty().MaximumLength(StoredValueLedgerEntry.ApprovedByMaxLength);
        RuleFor(x => x.Reason).MaximumLength(StoredValueLedgerEntry.ReasonMaxLength);
    }
}
