namespace MemberCard.Application.FollowUps.CompleteFollowUp;

using FluentValidation;
using MemberCard.Domain.FollowUps;

public sealed class CompleteFollowUpCommandValidator : AbstractValidator<CompleteFollowUpCommand>
{
    public CompleteFollowUpCommandValidator()
    {
        RuleFor(x => x.Outcome).NotNull().IsInEnum()
            .NotEqual(FollowUpOutcome.Sent).WithErrorCode("follow_up.outcome_invalid")
            .WithMessage("The outcome is Reached, NoAnswer, Declined or Other.");
        RuleFor(x => x.Note).MaximumLength(FollowUpTask.NoteMaxLength);
    }
}
