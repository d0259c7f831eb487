namespace MemberCard.Application.Gifts.Common;

using MemberCard.Domain.Gifts;

public sealed record GiftDto(Guid Id, string Name, long PointsPrice, int Stock, DateOnly? ActiveFrom, DateOnly? ActiveTo)
{
    public static GiftDto From(Gift g) => new(g.Id.Value, g.Name, g.PointsPrice, g.Stock, g.ActiveFrom, g.ActiveTo);
}
