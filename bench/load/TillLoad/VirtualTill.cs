namespace TillLoad;

using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

/// <summary>
/// One till: its own keep-alive connection (a handler with one connection), the API key of its store, and a
/// counter that makes its receipt numbers and redemption references unique.
/// </summary>
internal sealed class VirtualTill : IDisposable
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly TillWorld _world;
    private readonly int _id;
    private long _counter;

    public VirtualTill(TillWorld world, int id)
    {
        _world = world;
        _id = id;
        KeyIndex = id % world.Keys.Count;
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 1,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(30),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            UseCookies = false,
            UseProxy = false,
        };
        _http = new HttpClient(handler) { BaseAddress = world.BaseAddress, Timeout = world.Timeout };
        _http.DefaultRequestHeaders.Add("X-Api-Key", world.Keys[KeyIndex]);
        _http.DefaultRequestHeaders.Accept.Add(Json);
    }

    public int KeyIndex { get; }

    /// <summary>Sends one request of <paramref name="op"/>; a return without a receipt to return becomes a commit.</summary>
    public async Task<TillOutcome> SendAsync(Operation op, Random random)
    {
        string? receiptToReturn = null;
        if (op == Operation.Return && !_world.Receipts.TryTake(KeyIndex, out receiptToReturn))
        {
            op = Operation.Commit;
        }

        var card = CardNumbers.Of(_world.Region, random.Next(1, _world.Members + 1));
        // one purchase or quote in five pays 100 points (1 yuan); every member was seeded with 1,000
        var points = random.Next(5) == 0 ? 100 : 0;
        var unique = Unique();
        using var request = op switch
        {
            Operation.Lookup => new HttpRequestMessage(HttpMethod.Get, "/api/v1/branch/cards/lookup?code=" + card),
            Operation.Quote => Post("/api/v1/branch/checkout/quote", Inv($"{{\"code\":\"{card}\",{Lines(random)},\"pointsUsed\":{points}}}")),
            Operation.Commit => Post("/api/v1/branch/purchases", Inv($"{{\"receiptNo\":\"{unique}\",\"code\":\"{card}\",{Lines(random)},\"pointsUsed\":{points}}}")),
            Operation.Return => Post($"/api/v1/branch/purchases/{Uri.EscapeDataString(receiptToReturn!)}/returns", "{\"lines\":[{\"lineNo\":1,\"quantity\":1}]}"),
            _ => Post("/api/v1/branch/redemptions", Inv($"{{\"code\":\"{card}\",\"points\":100,\"reference\":\"{unique}\"}}")),
        };
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            if (!response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync();
                return new TillOutcome(op, Inv($"HTTP {(int)response.StatusCode}"), body.Length > 300 ? body[..300] : body);
            }

            if (op == Operation.Commit)
            {
                _world.Receipts.Add(KeyIndex, unique);
            }

            return new TillOutcome(op, null, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return new TillOutcome(op, e.GetType().Name, e.Message);
        }
    }

    public void Dispose() => _http.Dispose();

    private static HttpRequestMessage Post(string path, string json) =>
        new(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    // a basket of 2 lines, 33.90 yuan (as bench/wrk/till.lua and bench/pgbench/commit.sql)
    private static string Lines(Random random) => Inv(
        $$"""
        "lines":[{"sku":"SKU-{{random.Next(1, 5001)}}","category":"grocery","quantity":2,"unitPrice":12.50},{"sku":"SKU-{{random.Next(1, 5001)}}","category":"dairy","quantity":1,"unitPrice":8.90}]
        """);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private string Unique() => Inv($"{_world.Tag}-{_id}-{++_counter}");
}
