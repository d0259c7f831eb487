namespace MemberCard.Domain.Gifts;

using MemberCard.Domain.Common;

/// <summary>A catalogue gift members redeem with points. Stock never goes below zero.</summary>
public sealed class Gift : AggregateRoot
{
    public const int NameMaxLength = 100;

    private Gift()
    {
        Name = string.Empty;
    }

    public GiftId Id { get; private set; }

    public string Name { get; private set; }

    public long PointsPrice { get; private set; }

    public int Stock { get; private set; }

    public DateOnly? ActiveFrom { get; private set; }

    public DateOnly? ActiveTo { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    public static Gift Create(string name, long pointsPrice, int stock, DateOnly? activeFrom, DateOnly? activeTo, DateTimeOffset now)
    {
        var gift = new Gift { Id = GiftId.New(), CreatedAt = now };
        gift.Update(name, pointsPrice, stock, activeFrom, activeTo);
        return gift;
    }

    public void Update(string name, long pointsPrice, int stock, DateOnly? activeFrom, DateOnly? activeTo)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > NameMaxLength)
        {
            throw new DomainException("gift.name_invalid", "A gift name is required (at most 100 characters).");
        }

        if (pointsPrice <= 0 || stock < 0)
        {
            throw new DomainException("gift.value_invalid", "A gift costs a positive number of points and has a stock of zero or more.");
        }

        if (activeFrom is { } from && activeTo is { } to && to < from)
        {
            throw new DomainException("gift.dates_reversed", "A gift's active period ends after it starts.");
        }

        Name = name.Trim();
        PointsPrice = pointsPrice;
        Stock = stock;
        ActiveFrom = activeFrom;
        ActiveTo = activeTo;
    }

    public bool IsActiveOn(DateOnly businessDate) =>
        (ActiveFrom is not { } from || businessDate >= from) && (ActiveTo is not { } to || businessDate <= to);

    /// <summary>Takes <paramref name="quantity"/> from stock and returns the points it costs.</summary>
    public long Take(int quantity, DateOnly businessDate)
    {
        if (!IsActiveOn(businessDate))
        {
            throw new DomainException("gift.not_active", "The gift cannot be redeemed today.");
        }

        if (quantity <= 0 || quantity > Stock)
        {
            throw new DomainException("gift.out_of_stock", $"Only {Stock} left in stock.");
        }

        Stock -= quantity;
        return checked(PointsPrice * quantity);
    }
}
