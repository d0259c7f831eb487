namespace MemberCard.Application.Common.Points;

/// <summary>A purchase already committed under the receipt number or Idempotency-Key of a new commit.</summary>
public sealed class EarlierCommit
{
    public required string ReceiptNo { get; init; }

    public required string RequestHash { get; init; }

    public string? ResponseJson { get; init; }
}
