namespace MemberCard.Infrastructure.WeChat.Client;

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MemberCard.Application.Common.WeChat;
using Polly;

/// <summary>
/// Sends one request through the app's resilient <see cref="HttpClient"/> and turns every failure into a
/// <see cref="WeChatApiException"/>: a non-zero <c>errcode</c>, an HTTP error, or no answer at all.
/// Exception messages never carry the secret or the access token, even when WeChat echoes them.
/// </summary>
internal sealed class WeChatTransport(IHttpClientFactory httpClientFactory, string clientName, WeChatAppCredentials credentials)
{
    private const int MaxMessageLength = 200;

    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    public WeChatAppCredentials Credentials { get; } = credentials;

    /// <summary>Returns the response's root object (a success: <c>errcode</c> absent or 0).</summary>
    public async Task<JsonElement> SendAsync(
        HttpMethod method,
        string endpoint,
        IReadOnlyList<KeyValuePair<string, string>> query,
        object? body,
        string? accessToken,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(RelativeUri(endpoint, query, accessToken), UriKind.Relative));
        if (body is not null)
        {
            // Bytes rather than a streaming JsonContent: the resilience handler may send the same request again.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, WeChatJson.Options));
            request.Content.Headers.ContentType = JsonMediaType;
        }

        byte[] payload;
        HttpStatusCode status;
        try
        {
            var client = httpClientFactory.CreateClient(clientName);
            using var response = await client.SendAsync(request, cancellationToken);
            status = response.StatusCode;
            payload = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is HttpRequestException or ExecutionRejectedException or OperationCanceledException or IOException)
        {
            throw new WeChatApiException(endpoint, null, WeChatErrorKind.Busy, $"WeChat {endpoint} could not be reached ({e.GetType().Name}).", e);
        }

        if ((int)status is < 200 or > 299)
        {
            var kind = status switch
            {
                HttpStatusCode.TooManyRequests => WeChatErrorKind.RateLimited,
                HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError => WeChatErrorKind.Busy,
                _ => WeChatErrorKind.Other,
            };
            throw new WeChatApiException(endpoint, null, kind, $"WeChat {endpoint} answered HTTP {(int)status}.");
        }

        return Read(endpoint, payload, accessToken);
    }

    private JsonElement Read(string endpoint, byte[] payload, string? accessToken)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(payload);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new WeChatApiException(endpoint, null, WeChatErrorKind.Other, $"WeChat {endpoint} answered something that is not JSON.", e);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new WeChatApiException(endpoint, null, WeChatErrorKind.Other, $"WeChat {endpoint} answered JSON that is not an object.");
        }

        if (ErrorCode(root) is not { } errorCode)
        {
            throw new WeChatApiException(endpoint, null, WeChatErrorKind.Other, $"WeChat {endpoint} answered an errcode that is not a number.");
        }

        if (errorCode == 0)
        {
            return root;
        }

        var kind = WeChatErrorCodes.ToKind(errorCode);
        var errorMessage = root.TryGetProperty("errmsg", out var message) && message.ValueKind == JsonValueKind.String
            ? Redact(message.GetString()!, accessToken)
            : string.Empty;
        throw new WeChatApiException(endpoint, errorCode, kind, $"WeChat {endpoint} failed with errcode {errorCode} ({kind}): {errorMessage}");
    }

    /// <summary>The <c>errcode</c> of a WeChat answer (a success body may omit it); null when unreadable.</summary>
    internal static int? ErrorCode(JsonElement root)
    {
        if (!root.TryGetProperty("errcode", out var code))
        {
            return 0;
        }

        return code.ValueKind switch
        {
            JsonValueKind.Number when code.TryGetInt32(out var value) => value,
            JsonValueKind.String when int.TryParse(code.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) => value,
            JsonValueKind.Null => 0,
            _ => null,
        };
    }

    private static string RelativeUri(string endpoint, IReadOnlyList<KeyValuePair<string, string>> query, string? accessToken)
    {
        IEnumerable<KeyValuePair<string, string>> parameters = accessToken is null
            ? query
            : query.Prepend(new KeyValuePair<string, string>("access_token", accessToken));
        var queryString = string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));

        // Relative to the configured BaseAddress (which ends in '/'), so a simulator under a path prefix works.
        var path = endpoint.TrimStart('/');
        return queryString.Length == 0 ? path : $"{path}?{queryString}";
    }

    private string Redact(string text, string? accessToken)
    {
        foreach (var secret in new[] { Credentials.AppSecret, accessToken })
        {
            if (!string.IsNullOrEmpty(secret))
            {
                text = text.Replace(secret, "***", StringComparison.Ordinal);
            }
        }

        return text.Length <= MaxMessageLength ? text : text[..MaxMessageLength];
    }
}
