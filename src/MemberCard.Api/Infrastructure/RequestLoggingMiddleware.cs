namespace MemberCard.Api.Infrastructure;

using System.Diagnostics;
using System.Text.RegularExpressions;
using MemberCard.Application.Common.Interfaces;

/// <summary>
/// One structured line per request with a correlation id (taken from <c>X-Correlation-Id</c> when it is
/// sane, otherwise made here and echoed back). It logs the route template, never the raw path or query,
/// which can carry phone and card numbers.
/// </summary>
public sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public const string CorrelationHeader = "X-Correlation-Id";
    public const string CorrelationItem = "CorrelationId";

    public async Task InvokeAsync(HttpContext context, ICurrentPrincipal principal)
    {
        var incoming = context.Request.Headers[CorrelationHeader].ToString();
        var correlationId = SafeId().IsMatch(incoming) ? incoming : Guid.CreateVersion7().ToString("N");
        context.Items[CorrelationItem] = correlationId;
        context.Response.Headers[CorrelationHeader] = correlationId;

        var started = Stopwatch.GetTimestamp();
        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId }))
        {
            try
            {
                await next(context);
            }
            finally
            {
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
                LogRequest(logger, context.Request.Method, route, context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds, principal.Kind, principal.ActorId, correlationId);
            }
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex SafeId();

    [LoggerMessage(Level = LogLevel.Information,
        Message = "HTTP {Method} {Route} responded {StatusCode} in {ElapsedMs:0.0} ms for {PrincipalKind} {ActorId} ({CorrelationId})")]
    private static partial void LogRequest(ILogger logger, string method, string route, int statusCode, double elapsedMs,
        PrincipalKind principalKind, string actorId, string correlationId);
}
