namespace MemberCard.Application.FollowUps.SendFollowUpMessages;

using FluentValidation;

public sealed class SendFollowUpMessagesCommandValidator : AbstractValidator<SendFollowUpMessagesCommand>
{
    public SendFollowUpMessagesCommandValidator()
    {
        RuleFor(x => x.DueBy).NotEmpty();
        RuleFor(x => x.BatchSize).InclusiveBetween(1, 1000);
    }
}
