namespace MemberCard.WeChatSimulator.Payments;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

/// <summary>
/// Tells the API that an order was paid, as the payment provider would: <c>{"tradeNo","transactionId","amountFen"}</c>
/// with <c>X-Payment-Timestamp</c> (Unix seconds) and <c>X-Payment-Signature</c> = hex HMAC-SHA256 with the
/// shared secret over <c>timestamp + "\n" + body</c>. Each sending signs anew, as a provider's repeated notice does.
/// </summary>
internal sealed partial class PaymentConfirmer(
    IHttpClientFactory httpClientFactory,
    SimulatorSettings settings,
    SimulatorState state,
    TimeProvider clock,
    ILogger<PaymentConfirmer> logger)
{
    public const string HttpClientName = "payment-confirmation";
    public const string TimestampHeader = "X-Payment-Timestamp";
    public const string SignatureHeader = "X-Payment-Signature";

    private const int MaxRecordedReply = 500;

    // Not the shared secret, so the API must refuse what it signs.
    private const string ForgerySecret = "a-secret-the-api-does-not-share";

    public bool Enabled => settings.PaymentConfirmationUrl is not null;

    /// <summary>Sends the payment's confirmation and waits for the answer; a transport failure is recorded, not thrown.</summary>
    public async Task<ConfirmationRecord> ConfirmAsync(SimulatedPayment payment, bool forged, CancellationToken cancellationToken)
    {
        var url = settings.PaymentConfirmationUrl ?? throw new InvalidOperationException("No PaymentConfirmationUrl is configured.");
        var body = JsonSerializer.Serialize(new { tradeNo = payment.TradeNo, transactionId = payment.TransactionId, amountFen = payment.AmountFen });
        var timestamp = (settings.PaymentClock ?? clock).GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Sign(forged ? ForgerySecret : settings.PaymentSecret, timestamp, body);

        ConfirmationRecord record;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add(TimestampHeader, timestamp);
            request.Headers.Add(SignatureHeader, signature);
            using var client = httpClientFactory.CreateClient(HttpClientName);
            using var response = await client.SendAsync(request, cancellationToken);
            var reply = await response.Content.ReadAsStringAsync(cancellationToken);
            record = new ConfirmationRecord(body, timestamp, forged, (int)response.StatusCode,
                reply.Length > MaxRecordedReply ? reply[..MaxRecordedReply] : reply, null, clock.GetUtcNow());
            LogConfirmed(logger, payment.TransactionId, (int)response.StatusCode);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            record = new ConfirmationRecord(body, timestamp, forged, null, null, exception.Message, clock.GetUtcNow());
            LogConfirmationFailed(logger, payment.TransactionId, exception.Message);
        }

        state.RecordConfirmation(payment.TransactionId, record);
        return record;
    }

    public static string Sign(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "\n" + body)));

    [LoggerMessage(Level = LogLevel.Information, Message = "Confirmed payment {TransactionId}: the API answered HTTP {Status}")]
    private static partial void LogConfirmed(ILogger logger, string transactionId, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not confirm payment {TransactionId}: {Error}")]
    private static partial void LogConfirmationFailed(ILogger logger, string transactionId, string error);
}
