namespace MemberCard.Domain.Purchases;

/// <summary>A line as the till scanned it.</summary>
public sealed record CheckoutLine(
    int LineNo,
    string Sku,
    string? Category,
    decimal Quantity,
    decimal UnitPrice,
    bool SpecialPrice,
    bool Promotion)
{
    public const int SkuMaxLength = 64;
    public const int CategoryMaxLength = 64;

    /// <summary>Special-price and promotion lines get no member discount and earn no points.</summary>
    public bool IsRegularPrice => !SpecialPrice && !Promotion;
}
