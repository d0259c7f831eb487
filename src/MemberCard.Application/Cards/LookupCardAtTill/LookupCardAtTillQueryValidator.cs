namespace MemberCard.Application.Cards.LookupCardAtTill;

using FluentValidation;
using MemberCard.Domain.Members;

public sealed class LookupCardAtTillQueryValidator : AbstractValidator<LookupCardAtTillQuery>
{
    public LookupCardAtTillQueryValidator()
    {
        RuleFor(x => x.Code)
            .NotEmpty()
            .MaximumLength(32)
            .Must(c => c is null || CardNumber.IsValid(c) || PhoneNumber.IsValid(c))
            .WithErrorCode("lookup.code_invalid")
            .WithMessage("'{PropertyName}' must be a card number (11 digits with check digit) or a mainland mobile number.");
    }
}
