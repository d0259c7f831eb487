namespace MemberCard.Application.Complaints.RecordComplaint;

using FluentValidation;
using MemberCard.Application.Members.Common;
using MemberCard.Domain.Complaints;
using MemberCard.Domain.Members;

public sealed class RecordComplaintCommandValidator : AbstractValidator<RecordComplaintCommand>
{
    public RecordComplaintCommandValidator(TimeProvider clock)
    {
        RuleFor(x => x.CardNumber).Must(n => n is null || CardNumber.TryParse(n, out _))
            .WithErrorCode("card.number_invalid").WithMessage("'{PropertyName}' is not a valid card number.");
        RuleFor(x => x.Phone).MobilePhone().When(x => x.Phone is not null);
        RuleFor(x => x.Phone).Null().When(x => x.CardNumber is not null)
            .WithErrorCode("complaint.member_ambiguous").WithMessage("Name the member by card number or by phone, not both.");
        RuleFor(x => x.Channel).Cascade(CascadeMode.Stop).NotNull().IsInEnum();
        RuleFor(x => x.Category).Cascade(CascadeMode.Stop).NotNull().IsInEnum();
        RuleFor(x => x.Content).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(Complaint.ContentMaxLength)
            .Must(c => !string.IsNullOrWhiteSpace(c)).WithErrorCode("value.blank").WithMessage("'{PropertyName}' must not be blank.");
        RuleFor(x => x.DueAt).Must(d => d is null || d > clock.GetUtcNow())
            .WithErrorCode("complaint.due_in_past").WithMessage("The deadline must lie in the future.");
    }
}
