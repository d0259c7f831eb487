namespace MemberCard.Application.StoredValue.UpdateTopUpPackage;

using FluentValidation;
using MemberCard.Application.StoredValue.Common;
using MemberCard.Domain.StoredValue;

public sealed class UpdateTopUpPackageCommandValidator : AbstractValidator<UpdateTopUpPackageCommand>
{
    public UpdateTopUpPackageCommandValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(TopUpPackage.NameMaxLength);
        StoredValueRules.Amount(RuleFor(x => x.Pay).NotNull());
        RuleFor(x => x.Bonus).NotNull().GreaterThanOrEqualTo(0m).LessThanOrEqualTo(StoredValueRules.MaxAmount).PrecisionScale(12, 2, true);
    }
}
