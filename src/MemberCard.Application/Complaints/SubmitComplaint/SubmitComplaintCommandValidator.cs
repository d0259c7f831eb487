namespace MemberCard.Application.Complaints.SubmitComplaint;

using FluentValidation;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Complaints;

public sealed class SubmitComplaintCommandValidator : AbstractValidator<SubmitComplaintCommand>
{
    public SubmitComplaintCommandValidator()
    {
        RuleFor(x => x.Channel).IsInEnum();
        RuleFor(x => x.Category).Cascade(CascadeMode.Stop).NotNull().IsInEnum();
        RuleFor(x => x.Content).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(Complaint.ContentMaxLength)
            .Must(c => !string.IsNullOrWhiteSpace(c)).WithErrorCode("value.blank").WithMessage("'{PropertyName}' must not be blank.");
        RuleFor(x => x.BranchCode).MaximumLength(Branch.CodeMaxLength);
    }
}
