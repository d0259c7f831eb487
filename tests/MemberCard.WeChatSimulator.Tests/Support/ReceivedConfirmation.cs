namespace MemberCard.WeChatSimulator.Tests.Support;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

/// <summary>A payment confirmation as our API's confirmation endpoint would receive it.</summary>
public sealed record ReceivedConfirmation(string? Timestamp, string? Signature, string ContentType, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>Whether the signature is the hex HMAC-SHA256 of <c>timestamp + "\n" + body</c> under <paramref name="secret"/>.</summary>
    public bool IsSignedWith(string secret) =>
        Signature == Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(Timestamp + "\n" + Body)));

    public DateTimeOffset SentAt => DateTimeOffset.FromUnixTimeSeconds(long.Parse(Timestamp!, CultureInfo.InvariantCulture));
}
