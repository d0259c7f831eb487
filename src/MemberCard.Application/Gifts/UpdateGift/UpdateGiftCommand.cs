namespace MemberCard.Application.Gifts.UpdateGift;

using Mediator;
using MemberCard.Application.Gifts.Common;

/// <summary>Replaces a gift's name, price, stock and active dates (PUT semantics).</summary>
public sealed record UpdateGiftCommand(Guid GiftId, string? Name, long? PointsPrice, int? Stock, DateOnly? ActiveFrom, DateOnly? ActiveTo) : ICommand<GiftDto>;
