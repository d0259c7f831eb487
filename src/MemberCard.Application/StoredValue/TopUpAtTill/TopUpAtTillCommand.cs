namespace MemberCard.Application.StoredValue.TopUpAtTill;

using Mediator;

/// <summary>
/// A top-up paid at the till under its receipt number: an amount (all principal) or a package (principal and
/// bonus). A retry with the same receipt (or Idempotency-Key) and body gets the first result back; the same
/// receipt with another body is refused.
/// </summary>
public sealed record TopUpAtTillCommand(
    string? ReceiptNo,
    string? Code,
    decimal? Amount,
    Guid? PackageId,
    string? PaymentMethod,
    string? IdempotencyKey) : ICommand<TopUpOutcome>;
