namespace MemberCard.Application.StoredValue.Common;

using MemberCard.Application.Common.Models;
using MemberCard.Domain.StoredValue;

/// <summary>An online top-up order: the trade number the payment provider is given, and where it stands.</summary>
public sealed record TopUpOrderDto(Guid OrderId, string TradeNo, string CardNumber, decimal Amount, decimal Bonus, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SettledAt, string? RejectionCode)
{
    public static TopUpOrderDto From(StoredValueTopUp t) =>
        new(t.Id, t.ReceiptNo!, t.CardNumber, Yuan.Of(t.Principal), Yuan.Of(t.Bonus), t.Status.ToString(), t.CreatedAt, t.SettledAt, t.RejectionCode);
}
