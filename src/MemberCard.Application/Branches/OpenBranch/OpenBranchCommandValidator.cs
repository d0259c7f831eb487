namespace MemberCard.Application.Branches.OpenBranch;

using FluentValidation;
using MemberCard.Domain.Branches;

public sealed class OpenBranchCommandValidator : AbstractValidator<OpenBranchCommand>
{
    public OpenBranchCommandValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(Branch.CodeMaxLength)
            .Matches("^[A-Za-z0-9_-]+$").WithErrorCode("branch.code_format").WithMessage("'{PropertyName}' may hold letters, digits, '-' and '_' only.");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Branch.NameMaxLength);
        RuleFor(x => x.RegionCode).NotEmpty().Must(RegionCode.IsValid).WithErrorCode("region_code.invalid")
            .WithMessage("'{PropertyName}' must be exactly three digits.");
        RuleFor(x => x.Kind).NotNull().IsInEnum();
    }
}
