namespace MemberCard.Api.IntegrationTests.Fuzz;

using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

/// <summary>
/// Builds mutated requests for an operation from its OpenAPI description: wrong types, huge and negative
/// values, deep JSON, invalid UTF-8, SQL and script fragments, odd headers. Deterministic for a given
/// <see cref="Random"/>, so a failure is replayed by the same seed.
/// </summary>
public sealed class HostileRequests(Random random, IReadOnlyList<string> knownValues)
{
    private static readonly string[] HostileStrings =
    [
        "' OR '1'='1",
        "'; DROP TABLE membercard.members; --",
        "\"; SELECT pg_sleep(5); --",
        "1; UPDATE membercard.members SET points_balance = 999999",
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "../../../../etc/passwd",
        "..\\..\\windows\\win.ini",
        "%00",
        "\u0000",
        "\u202e\u0007\u001b[31m",
        "${jndi:ldap://example.invalid/a}",
        "{{7*7}}",
        "𝕏🙂名\uffff",
        "\ud800",
        " ",
        string.Empty,
        "-1",
        "0",
        "-0.001",
        "1e309",
        "NaN",
        "Infinity",
        "99999999999999999999999999999",
        "-9223372036854775809",
        "2026-02-30",
        "0000-00-00T00:00:00Z",
        "00000000-0000-0000-0000-000000000000",
        "13800138000",
        "true",
        "null",
        "[]",
        "{}",
    ];

    private static readonly string[] HostileJsonValues =
    [
        "null", "true", "false", "0", "-1", "1.5", "-0.0001", "1e400", "-1e400", "123456789012345678901234567890",
        "-9223372036854775809", "\"\"", "\"x\"", "[]", "{}", "[null]", "{\"$ref\":\"#\"}", "\"\\u0000\"",
    ];

    private static readonly string[] WholeBodies =
    [
        string.Empty, "null", "[]", "{", "}", "not json", "{}{}", "{\"a\":1,}", "{'a':1}", "\"\\ud800\"",
        new string('[', 5_000) + new string(']', 5_000),
        "{\"a\":" + new string('{', 2_000),
        "{\"" + new string('k', 70_000) + "\":1}",
    ];

    public HttpRequestMessage Build(OpenApiOperation operation)
    {
        var path = new StringBuilder(operation.PathTemplate);
        var query = new List<string>();
        var request = new HttpRequestMessage(operation.Method, "/");
        foreach (var parameter in operation.Parameters)
        {
            switch (parameter.In)
            {
                case "path":
                    path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(PathValue()));
                    break;
                case "query" when random.Next(4) != 0:
                    query.Add(Uri.EscapeDataString(parameter.Name) + "=" + Uri.EscapeDataString(Plausible(parameter.Schema, hostile: random.Next(2) == 0)));
                    break;
                case "header" when random.Next(2) == 0:
                    request.Headers.TryAddWithoutValidation(parameter.Name, HeaderValue());
                    break;
            }
        }

        if (random.Next(5) == 0)
        {
            query.Add(Uri.EscapeDataString(Pick(HostileStrings)) + "=" + Uri.EscapeDataString(Pick(HostileStrings)));
        }

        if (random.Next(6) == 0)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", HeaderValue());
        }

        request.RequestUri = new Uri(path + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query)), UriKind.Relative);
        if (operation.Method != HttpMethod.Get && operation.Method != HttpMethod.Delete || random.Next(8) == 0)
        {
            request.Content = Body(operation.BodySchema);
        }

        return request;
    }

    private HttpContent Body(JsonNode? schema)
    {
        switch (random.Next(10))
        {
            case 0:
                return Json(Pick(WholeBodies));
            case 1:
                // invalid UTF-8 inside an otherwise well-formed JSON string
                var prefix = Encoding.UTF8.GetBytes("{\"name\":\"");
                byte[] broken = [0xC3, 0x28, 0xA0, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0xFF];
                var suffix = Encoding.UTF8.GetBytes("\"}");
                var bytes = new ByteArrayContent([.. prefix, .. broken, .. suffix]);
                bytes.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                return bytes;
            case 2:
                var text = new StringContent(PlausibleJson(schema, 0, hostile: false), Encoding.UTF8, random.Next(2) == 0 ? "text/plain" : "application/xml");
                return text;
            default:
                return Json(PlausibleJson(schema, 0, hostile: true));
        }
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>A body shaped like the schema, with some values swapped for hostile ones of any type.</summary>
    private string PlausibleJson(JsonNode? schema, int depth, bool hostile)
    {
        if (hostile && random.Next(5) == 0)
        {
            return random.Next(3) == 0 ? JsonString(Pick(HostileStrings)) : Pick(HostileJsonValues);
        }

        var type = TypeOf(schema);
        if (type == "object" || schema?["properties"] is JsonObject)
        {
            if (depth > 4)
            {
                return "{}";
            }

            var members = new List<string>();
            foreach (var (name, property) in schema?["properties"] as JsonObject ?? [])
            {
                if (random.Next(6) != 0)
                {
                    members.Add(JsonString(name) + ":" + PlausibleJson(property, depth + 1, hostile));
                }
            }

            if (hostile && random.Next(6) == 0)
            {
                members.Add(JsonString(Pick(HostileStrings)) + ":" + Pick(HostileJsonValues));
            }

            return "{" + string.Join(',', members) + "}";
        }

        if (type == "array")
        {
            var count = random.Next(8) == 0 ? 1_000 : random.Next(4);
            return "[" + string.Join(',', Enumerable.Range(0, count).Select(_ => PlausibleJson(schema?["items"], depth + 1, hostile && count < 10))) + "]";
        }

        return type switch
        {
            "string" => JsonString(Plausible(schema, hostile)),
            "integer" => hostile && random.Next(3) == 0 ? Pick(HostileJsonValues) : random.Next(-2, 1_000).ToString(CultureInfo.InvariantCulture),
            "number" => hostile && random.Next(3) == 0 ? Pick(HostileJsonValues) : (random.Next(-200, 100_000) / 100m).ToString(CultureInfo.InvariantCulture),
            "boolean" => random.Next(2) == 0 ? "true" : "false",
            _ => Pick(HostileJsonValues),
        };
    }

    /// <summary>A value for a string-typed (or untyped) slot: format-shaped, one of ours, or hostile.</summary>
    private string Plausible(JsonNode? schema, bool hostile)
    {
        if (hostile && random.Next(2) == 0)
        {
            return random.Next(10) == 0 ? new string('A', 100_000) : Pick(HostileStrings);
        }

        if (schema?["enum"] is JsonArray values && values.Count > 0)
        {
            return values[random.Next(values.Count)]?.ToString() ?? string.Empty;
        }

        return (schema?["format"]?.GetValue<string>(), TypeOf(schema)) switch
        {
            ("date", _) => "2026-11-28",
            ("date-time", _) => "2026-11-28T10:00:00Z",
            ("uuid", _) => random.Next(2) == 0 ? Guid.NewGuid().ToString() : Pick(knownValues),
            (_, "integer") => random.Next(-5, 500).ToString(CultureInfo.InvariantCulture),
            (_, "number") => (random.Next(-500, 50_000) / 100m).ToString(CultureInfo.InvariantCulture),
            (_, "boolean") => "true",
            _ => random.Next(3) == 0 ? Pick(knownValues) : "x" + random.Next(1_000),
        };
    }

    /// <summary>No NUL: servers refuse it in a path before any application code runs (the test host throws).</summary>
    private string PathValue() => random.Next(3) switch
    {
        0 => Pick(knownValues),
        1 => Guid.NewGuid().ToString(),
        _ => random.Next(10) == 0 ? new string('9', 5_000) : Pick(HostileStrings).Replace("\0", string.Empty, StringComparison.Ordinal),
    };

    private string HeaderValue() => random.Next(4) switch
    {
        0 => new string('k', 20_000),
        1 => "é\u00ff",
        2 => Guid.NewGuid().ToString(),
        _ => Pick(HostileStrings).Replace("\0", string.Empty, StringComparison.Ordinal),
    };

    private static string? TypeOf(JsonNode? schema) => schema?["type"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray types => types.Select(t => t?.GetValue<string>()).FirstOrDefault(t => t != "null"),
        _ => null,
    };

    private static string JsonString(string value) => JsonValue.Create(value).ToJsonString();

    private string Pick(IReadOnlyList<string> values) => values[random.Next(values.Count)];
}
