namespace MemberCard.Application.Complaints.ResolveComplaint;

using FluentValidation;
using MemberCard.Domain.Complaints;

public sealed class ResolveComplaintCommandValidator : AbstractValidator<ResolveComplaintCommand>
{
    public ResolveComplaintCommandValidator()
    {
        RuleFor(x => x.Resolution).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(Complaint.ResolutionMaxLength)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithErrorCode("value.blank").WithMessage("'{PropertyName}' must not be blank.");
    }
}
