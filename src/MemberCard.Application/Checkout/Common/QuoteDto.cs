namespace MemberCard.Application.Checkout.Common;

using MemberCard.Application.Common.Models;
using MemberCard.Domain.Purchases;

/// <summary>What the till shows before it commits.</summary>
public sealed record QuoteDto(
    string CardNumber,
    string Tier,
    bool IsBirthday,
    IReadOnlyList<QuotedLineDto> Lines,
    decimal ListAmount,
    decimal DiscountAmount,
    decimal NetAmount,
    long PointsUsed,
    decimal PointsValue,
    decimal AmountDue,
    long PointsToEarn,
    long MaxPointsUsable,
    long PointsBalance,
    long SpendablePoints)
{
    public static QuoteDto From(string cardNumber, Quote quote, long balance) => new(
        cardNumber,
        quote.Tier.ToString(),
        quote.IsBirthday,
        quote.Lines.Select(QuotedLineDto.From).ToList(),
        Yuan.Of(quote.ListAmount),
        Yuan.Of(quote.DiscountAmount),
        Yuan.Of(quote.NetAmount),
        quote.PointsUsed,
        Yuan.Of(quote.PointsValue),
        Yuan.Of(quote.AmountDue),
        quote.PointsToEarn,
        quote.MaxPointsUsable,
        balance,
        quote.SpendablePoints);
}
