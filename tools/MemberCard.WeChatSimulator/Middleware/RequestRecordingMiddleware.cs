namespace MemberCard.WeChatSimulator.Middleware;

using System.Text.Json;
using System.Text.Json.Nodes;
using MemberCard.WeChatSimulator.Endpoints;

/// <summary>
/// Records every WeChat call with its answer's errcode. Secrets and tokens are masked before anything is kept,
/// so a recording can be printed or asserted on freely.
/// </summary>
internal sealed class RequestRecordingMiddleware(RequestDelegate next, SimulatorState state, TimeProvider clock)
{
    private const string Mask = "***";

    private static readonly HashSet<string> SecretNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "access_token", "secret", "appsecret", "session_key",
    };

    public async Task InvokeAsync(HttpContext context)
    {
        if (ControlEndpoints.IsControlPath(context.Request.Path))
        {
            await next(context);
            return;
        }

        var at = clock.GetUtcNow();
        var text = await JsonBody.ReadTextAsync(context.Request, context.RequestAborted);
        JsonBody.Remember(context, text);

        var client = context.Response.Body;
        using var answer = new MemoryStream();
        context.Response.Body = answer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = client;
        }

        var fault = context.Items[FaultInjectionMiddleware.FaultItemKey] as string;
        var aborted = context.RequestAborted.IsCancellationRequested;
        if (!aborted)
        {
            answer.Position = 0;
            await answer.CopyToAsync(client, context.RequestAborted);
        }

        state.Record(new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            MaskQuery(context.Request.Query),
            MaskBody(text),
            at,
            fault == "down" ? 0 : context.Response.StatusCode,
            ReadErrCode(answer, context.Response.StatusCode),
            fault));
    }

    private static string? MaskQuery(IQueryCollection query) =>
        query.Count == 0
            ? null
            : QueryString.Create(query.Select(q => KeyValuePair.Create(q.Key, (string?)(SecretNames.Contains(q.Key) ? Mask : q.Value.ToString())))).Value;

    private static JsonElement? MaskBody(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            var node = JsonNode.Parse(text);
            if (node is JsonObject body)
            {
                foreach (var name in body.Select(p => p.Key).Where(SecretNames.Contains).ToList())
                {
                    body[name] = Mask;
                }
            }

            return JsonSerializer.SerializeToElement(node);
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(text);
        }
    }

    /// <summary>The answer's errcode; a JSON answer without one is WeChat's way of saying 0 (jscode2session, stable_token).</summary>
    private static int? ReadErrCode(MemoryStream answer, int status)
    {
        if (answer.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(answer.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (document.RootElement.TryGetProperty("errcode", out var errcode) && errcode.TryGetInt32(out var value))
            {
                return value;
            }

            return status == StatusCodes.Status200OK ? 0 : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
