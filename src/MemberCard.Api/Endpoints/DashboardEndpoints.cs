namespace MemberCard.Api.Endpoints;

using System.Reflection;

/// <summary>
/// The head-office dashboard: three static files compiled into the API (no build step, nothing fetched from a
/// CDN). The page itself holds no data; it calls the HQ KPI routes with the key typed into it.
/// </summary>
public static class DashboardEndpoints
{
    private const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static readonly (string Path, string Resource, string ContentType)[] Files =
    [
        ("/dashboard", "dashboard/index.html", "text/html; charset=utf-8"),
        ("/dashboard/dashboard.js", "dashboard/dashboard.js", "text/javascript; charset=utf-8"),
        ("/dashboard/dashboard.css", "dashboard/dashboard.css", "text/css; charset=utf-8"),
    ];

    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        foreach (var (path, resource, contentType) in Files)
        {
            var content = Read(resource);
            app.MapGet(path, (HttpContext context) =>
            {
                context.Response.Headers.ContentSecurityPolicy = Policy;
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers.CacheControl = "no-cache";
                return TypedResults.Bytes(content, contentType);
            }).ExcludeFromDescription().AllowAnonymous();
        }

        return app;
    }

    private static byte[] Read(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The dashboard file {resource} is not embedded in the API.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
