namespace MemberCard.Infrastructure.Payments;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MemberCard.Application.StoredValue.Common;
using Microsoft.Extensions.Options;

/// <summary>
/// Checks a confirmation as the provider signs it: hex HMAC-SHA256 with the shared secret over
/// <c>timestamp + "\n" + body</c>, the timestamp (Unix seconds) within the allowed skew so a captured
/// message cannot be replayed later. The body is <c>{"tradeNo","transactionId","amountFen"}</c>.
/// </summary>
internal sealed class SignedPaymentConfirmations(IOptions<PaymentOptions> options, TimeProvider clock) : IPaymentConfirmations
{
    private const int MinimumSecretLength = 16;

    public PaymentConfirmation? Verify(string body, string? timestamp, string? signature)
    {
        var secret = options.Value.ConfirmationSecret;
        if (secret is null || secret.Length < MinimumSecretLength || signature is null
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return null;
        }

        var sentAt = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253_402_300_799));
        if ((clock.GetUtcNow() - sentAt).Duration() > options.Value.MaxClockSkew)
        {
            return null;
        }

        var expected = Sign(secret, timestamp!, body);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature.Trim().ToLowerInvariant())))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var tradeNo = root.GetProperty("tradeNo").GetString();
            var transactionId = root.GetProperty("transactionId").GetString();
            var amountFen = root.GetProperty("amountFen").GetInt64();
            return string.IsNullOrWhiteSpace(tradeNo) || string.IsNullOrWhiteSpace(transactionId) || transactionId.Length > 64 || amountFen <= 0
                ? null
                : new PaymentConfirmation(tradeNo, transactionId, amountFen);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    public static string Sign(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "\n" + body)));
}
