namespace MemberCard.WeChatSimulator.Endpoints;

using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

/// <summary>Tolerant reading of JSON bodies: WeChat clients send numbers as strings and strings as numbers.</summary>
internal static class JsonBody
{
    // Large enough for the oversized-XML pushes a callback test may want to send through /_sim/push.
    public const int MaxBytes = 4 * 1024 * 1024;

    private const string BodyItemKey = "sim.body";

    private static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    public static async Task<string> ReadTextAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Keeps the body read by the recording middleware, so a handler still sees it after the client gave up.</summary>
    public static void Remember(HttpContext context, string text) => context.Items[BodyItemKey] = text;

    /// <summary>The WeChat request body as an object (case-sensitive names, as WeChat reads them); null when it is not one.</summary>
    public static JsonObject? WeChatObject(HttpContext context) =>
        context.Items[BodyItemKey] is string text ? Parse(text, default) : null;

    /// <summary>A control API body (case-insensitive names): empty means no fields; null means malformed.</summary>
    public static async Task<JsonObject?> ReadControlObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var text = await ReadTextAsync(request, cancellationToken);
        return string.IsNullOrWhiteSpace(text) ? new JsonObject(CaseInsensitive) : Parse(text, CaseInsensitive);
    }

    public static string? GetString(this JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var other => other.ToJsonString(),
    };

    public static long? GetInt64(this JsonObject body, string name) => body[name] switch
    {
        JsonValue value when value.TryGetValue<long>(out var number) => number,
        JsonValue value when value.TryGetValue<string>(out var text)
            && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    public static bool? GetBoolean(this JsonObject body, string name) => body[name] switch
    {
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<long>(out var number) => number != 0,
        JsonValue value when value.TryGetValue<string>(out var text) => text is "true" or "1",
        _ => null,
    };

    public static JsonElement? GetElement(this JsonObject body, string name) =>
        body[name] is { } node ? JsonSerializer.SerializeToElement(node) : null;

    private static JsonObject? Parse(string text, JsonNodeOptions options)
    {
        try
        {
            return JsonNode.Parse(text, options) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
