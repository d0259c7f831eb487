namespace MemberCard.Application.Gifts.UpdateGift;

using FluentValidation;
using MemberCard.Application.Gifts.Common;

public sealed class UpdateGiftCommandValidator : AbstractValidator<UpdateGiftCommand>
{
    public UpdateGiftCommandValidator() => GiftRules.For(this, x => x.Name, x => x.PointsPrice, x => x.Stock, x => x.ActiveFrom, x => x.ActiveTo);
}
