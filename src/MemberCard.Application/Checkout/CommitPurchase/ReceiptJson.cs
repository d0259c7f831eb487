namespace MemberCard.Application.Checkout.CommitPurchase;

using System.Text.Json;

/// <summary>
/// How receipts are stored and answered, and how a commit's body is hashed: the web defaults, as the HTTP
/// pipeline writes. Changing them changes the stored request hashes, so every earlier receipt would conflict.
/// </summary>
internal static class ReceiptJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
