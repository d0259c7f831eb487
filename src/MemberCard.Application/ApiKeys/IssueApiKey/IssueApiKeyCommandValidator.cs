namespace MemberCard.Application.ApiKeys.IssueApiKey;

using FluentValidation;
using MemberCard.Domain.ApiKeys;

public sealed class IssueApiKeyCommandValidator : AbstractValidator<IssueApiKeyCommand>
{
    public IssueApiKeyCommandValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(ApiKey.NameMaxLength);
        RuleFor(x => x.Role).NotNull().IsInEnum();
        RuleFor(x => x.BranchCode).MaximumLength(20);
        RuleFor(x => x.BranchId)
            .Must((cmd, id) => id is not null || !string.IsNullOrWhiteSpace(cmd.BranchCode))
            .When(x => x.Role == ApiKeyRole.Branch)
            .WithErrorCode("api_key.branch_required")
            .WithMessage("A branch key names its branch (branchId or branchCode).");
        RuleFor(x => x.BranchId)
            .Must((cmd, id) => id is null && string.IsNullOrWhiteSpace(cmd.BranchCode))
            .When(x => x.Role == ApiKeyRole.HeadOffice)
            .WithErrorCode("api_key.branch_not_allowed")
            .WithMessage("A head-office key names no branch.");
    }
}
