namespace MemberCard.Application.Gifts.CreateGift;

using Mediator;
using MemberCard.Application.Gifts.Common;

public sealed record CreateGiftCommand(string? Name, long? PointsPrice, int? Stock, DateOnly? ActiveFrom, DateOnly? ActiveTo) : ICommand<GiftDto>;
