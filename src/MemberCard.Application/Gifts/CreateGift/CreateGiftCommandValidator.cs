namespace MemberCard.Application.Gifts.CreateGift;

using FluentValidation;
using MemberCard.Application.Gifts.Common;

public sealed class CreateGiftCommandValidator : AbstractValidator<CreateGiftCommand>
{
    public CreateGiftCommandValidator() => GiftRules.For(this, x => x.Name, x => x.PointsPrice, x => x.Stock, x => x.ActiveFrom, x => x.ActiveTo);
}
