namespace MemberCard.Application.Checkout.CommitPurchase;

/// <summary>One tender of the money part of the bill (cash, bank card, WeChat Pay, …).</summary>
public sealed record PaymentInput(string? Method, decimal? Amount);
