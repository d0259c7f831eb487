namespace MemberCard.Application.StoredValue.ConfirmTopUpPayment;

using Mediator;
using MemberCard.Application.StoredValue.Common;

/// <summary>The payment provider's signed notice that an online top-up was paid, as received.</summary>
public sealed record ConfirmTopUpPaymentCommand(string Body, string? Timestamp, string? Signature) : ICommand<TopUpOrderDto>;
