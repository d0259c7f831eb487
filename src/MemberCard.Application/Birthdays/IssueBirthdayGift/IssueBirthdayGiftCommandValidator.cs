namespace MemberCard.Application.Birthdays.IssueBirthdayGift;

using FluentValidation;
using MemberCard.Domain.Birthdays;
using MemberCard.Domain.Members;

public sealed class IssueBirthdayGiftCommandValidator : AbstractValidator<IssueBirthdayGiftCommand>
{
    public IssueBirthdayGiftCommandValidator()
    {
        RuleFor(x => x.MemberId)
            .Must((x, id) => id is not null ^ x.CardNumber is not null)
            .WithErrorCode("birthday_gift.member_required").WithMessage("Name the member by memberId or by cardNumber, not both.");
        RuleFor(x => x.MemberId).NotEqual(Guid.Empty).When(x => x.MemberId is not null);
        RuleFor(x => x.CardNumber)
            .Must(CardNumber.IsValid).When(x => x.CardNumber is not null)
            .WithErrorCode("card_number.invalid").WithMessage("The card number is not valid.");
        RuleFor(x => x.GiftName).NotEmpty().MaximumLength(BirthdayGift.GiftNameMaxLength)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithErrorCode("value.blank").WithMessage("Must not be blank.");
        RuleFor(x => x.Description).MaximumLength(BirthdayGift.DescriptionMaxLength);
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).When(x => x.Year is not null);
    }
}
