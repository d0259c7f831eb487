namespace MemberCard.Api.IntegrationTests.Till;

/// <summary>A line as a POS sends it (serialized camelCase); the line number defaults to its position.</summary>
public sealed record TillLine(string Sku, decimal Quantity, decimal UnitPrice, string? Category = null, bool SpecialPrice = false, bool Promotion = false)
{
    public static TillLine Regular(string sku, decimal quantity, decimal unitPrice, string? category = null) =>
        new(sku, quantity, unitPrice, category);

    public static TillLine Special(string sku, decimal quantity, decimal unitPrice) =>
        new(sku, quantity, unitPrice, SpecialPrice: true);

    public static TillLine OnPromotion(string sku, decimal quantity, decimal unitPrice) =>
        new(sku, quantity, unitPrice, Promotion: true);
}
