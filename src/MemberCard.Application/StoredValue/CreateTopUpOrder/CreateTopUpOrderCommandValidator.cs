namespace MemberCard.Application.StoredValue.CreateTopUpOrder;

using FluentValidation;
using MemberCard.Application.StoredValue.Common;

public sealed class CreateTopUpOrderCommandValidator : AbstractValidator<CreateTopUpOrderCommand>
{
    public CreateTopUpOrderCommandValidator() => StoredValueRules.AmountOrPackage(this, x => x.Amount, x => x.PackageId);
}
