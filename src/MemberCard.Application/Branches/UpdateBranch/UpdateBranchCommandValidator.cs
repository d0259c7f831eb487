namespace MemberCard.Application.Branches.UpdateBranch;

using FluentValidation;
using MemberCard.Domain.Branches;

public sealed class UpdateBranchCommandValidator : AbstractValidator<UpdateBranchCommand>
{
    public UpdateBranchCommandValidator()
    {
        RuleFor(x => x.Name).MaximumLength(Branch.NameMaxLength).Must(n => n is null || n.Trim().Length > 0)
            .WithErrorCode("value.blank").WithMessage("'{PropertyName}' must not be blank.");
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Status).IsInEnum();
    }
}
