namespace MemberCard.Application.Returns.ReturnPurchase;

using FluentValidation;
using MemberCard.Domain.Purchases;

public sealed class ReturnPurchaseCommandValidator : AbstractValidator<ReturnPurchaseCommand>
{
    public ReturnPurchaseCommandValidator()
    {
        RuleFor(x => x.ReceiptNo).NotEmpty().MaximumLength(Purchase.ReceiptNoMaxLength);
        RuleFor(x => x.BranchCode).MaximumLength(20);
        RuleFor(x => x.Lines).NotEmpty()
            .Must(l => l is null || l.Where(i => i is not null).Select(i => i.LineNo).Distinct().Count() == l.Count)
            .WithErrorCode("return.duplicate_line").WithMessage("Each line appears once in a return.");
        RuleForEach(x => x.Lines).NotNull().ChildRules(line =>
        {
            line.RuleFor(l => l.LineNo).NotNull().InclusiveBetween(1, 10_000);
            line.RuleFor(l => l.Quantity).NotNull().GreaterThan(0m).LessThanOrEqualTo(100_000m).PrecisionScale(15, 3, true);
        });
    }
}
