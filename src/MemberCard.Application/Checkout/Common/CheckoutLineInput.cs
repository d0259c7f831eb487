namespace MemberCard.Application.Checkout.Common;

/// <summary>A scanned line as the POS sends it; <see cref="LineNo"/> defaults to the line's position.</summary>
public sealed record CheckoutLineInput(
    int? LineNo,
    string? Sku,
    string? Category,
    decimal? Quantity,
    decimal? UnitPrice,
    bool SpecialPrice = false,
    bool Promotion = false);
