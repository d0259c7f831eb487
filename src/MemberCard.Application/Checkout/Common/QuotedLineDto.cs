namespace MemberCard.Application.Checkout.Common;

using MemberCard.Application.Common.Models;
using MemberCard.Domain.Purchases;

public sealed record QuotedLineDto(
    int LineNo, string Sku, string? Category, decimal Quantity, decimal UnitPrice, bool SpecialPrice, bool Promotion,
    decimal ListAmount, string DiscountKind, decimal DiscountRate, decimal DiscountAmount, decimal NetAmount,
    long PointsUsed, decimal PointsValue, decimal PaidAmount, bool EarnsPoints, decimal PointsMultiplier)
{
    public static QuotedLineDto From(QuotedLine q) => new(
        q.Line.LineNo, q.Line.Sku, q.Line.Category, q.Line.Quantity, Yuan.Of(q.Line.UnitPrice), q.Line.SpecialPrice, q.Line.Promotion,
        Yuan.Of(q.ListAmount), q.DiscountKind.ToString(), q.DiscountRate, Yuan.Of(q.DiscountAmount), Yuan.Of(q.NetAmount),
        q.PointsUsed, Yuan.Of(q.PointsValue), Yuan.Of(q.PaidAmount), q.EarnsPoints, q.PointsMultiplier);
}
