namespace MemberCard.Infrastructure.WeChat.Client;

using System.Net;
using System.Text.Json;
using Polly;
using Polly.Timeout;

/// <summary>
/// Which outcomes the retry and the circuit breaker handle: transport failures, timeouts, HTTP 5xx/408/429 and
/// WeChat's "system busy" (<c>errcode</c> -1, which arrives as HTTP 200, hence the body is read here). Errcodes
/// that say the request itself is wrong (40029, 40056, …) are final and pass through untouched.
/// </summary>
internal static class WeChatTransientOutcome
{
    /// <summary>WeChat's answers are small; anything larger is not a WeChat JSON answer.</summary>
    public const int MaxResponseBytes = 1024 * 1024;

    public static async ValueTask<bool> IsTransientAsync(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException or IOException;
        }

        var response = outcome.Result!;
        if (response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError)
        {
            return true;
        }

        if (!response.IsSuccessStatusCode)
        {
            return false;
        }

        try
        {
            // Buffered, so the caller reads the same bytes afterwards.
            await response.Content.LoadIntoBufferAsync(MaxResponseBytes, cancellationToken);
            var payload = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            using var document = JsonDocument.Parse(payload);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && WeChatTransport.ErrorCode(document.RootElement) == WeChatErrorCodes.Busy;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            // The body broke off mid-transfer: a transport failure like any other.
            return true;
        }
    }
}
