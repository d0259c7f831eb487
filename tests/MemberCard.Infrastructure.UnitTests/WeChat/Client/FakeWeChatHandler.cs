namespace MemberCard.Infrastructure.UnitTests.WeChat.Client;

using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Web;

/// <summary>
/// Plays WeChat at the bottom of the real handler chain (below the resilience pipeline). Requests must arrive
/// under <see cref="PathPrefix"/>, the path of the configured base address; unknown paths answer 404.
/// </summary>
public sealed class FakeWeChatHandler : HttpMessageHandler
{
    public const string PathPrefix = "/sim";
    public const string StableTokenPath = "/cgi-bin/stable_token";

    private readonly ConcurrentDictionary<string, Func<RecordedRequest, int, CancellationToken, Task<HttpResponseMessage>>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public FakeWeChatHandler() =>
        On(StableTokenPath, (_, call) => Json($$"""{"access_token":"TOKEN-{{call}}","expires_in":7200}"""));

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Ok() => Json("""{"errcode":0,"errmsg":"ok"}""");

    public static HttpResponseMessage Error(int errorCode, string message = "error rid: 1") =>
        Json($$"""{"errcode":{{errorCode}},"errmsg":"{{message}}"}""");

    /// <summary>Answers <paramref name="path"/>; the callback also gets the 1-based number of the call to that path.</summary>
    public void On(string path, Func<RecordedRequest, int, HttpResponseMessage> respond) =>
        _routes[path] = (request, call, _) => Task.FromResult(respond(request, call));

    public void OnAsync(string path, Func<RecordedRequest, int, CancellationToken, Task<HttpResponseMessage>> respond) => _routes[path] = respond;

    public int Count(string path) => Requests.Count(r => r.Path == path);

    public IReadOnlyList<RecordedRequest> To(string path) => [.. Requests.Where(r => r.Path == path)];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var path = uri.AbsolutePath.StartsWith(PathPrefix + "/", StringComparison.Ordinal) ? uri.AbsolutePath[PathPrefix.Length..] : uri.AbsolutePath;
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, path, HttpUtility.ParseQueryString(uri.Query), body);
        Requests.Enqueue(recorded);
        var call = _counts.AddOrUpdate(path, 1, (_, count) => count + 1);
        return _routes.TryGetValue(path, out var respond)
            ? await respond(recorded, call, cancellationToken)
            : new HttpResponseMessage(HttpStatusCode.NotFound);
    }
}
