namespace MemberCard.Api.IntegrationTests.Validation;

using System.Text;
using System.Text.Json.Nodes;

/// <summary>Sends bodies exactly as written, so tests can send what no serializer would produce.</summary>
public static class RawJson
{
    public static Task<HttpResponseMessage> SendRawAsync(
        this HttpClient client, HttpMethod method, string url, string? body, string mediaType = "application/json")
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, mediaType);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, string? body) =>
        client.SendRawAsync(HttpMethod.Post, url, body);

    /// <summary>
    /// <paramref name="json"/> with <paramref name="field"/> set to <paramref name="value"/>, spliced in as written,
    /// so the value may be anything from a JSON literal to text no parser would accept.
    /// </summary>
    public static string With(string json, string field, string value)
    {
        const string Placeholder = "__raw_value_placeholder__";
        var body = JsonNode.Parse(json)!.AsObject();
        body[field] = Placeholder;
        return body.ToJsonString().Replace("\"" + Placeholder + "\"", value, StringComparison.Ordinal);
    }

    /// <summary><paramref name="json"/> without <paramref name="field"/>.</summary>
    public static string Without(string json, string field)
    {
        var body = JsonNode.Parse(json)!.AsObject();
        body.Remove(field).ShouldBeTrue($"the base body has no '{field}'");
        return body.ToJsonString();
    }

    /// <summary>A JSON string literal of <paramref name="length"/> characters.</summary>
    public static string StringOf(int length, char c = 'x') => "\"" + new string(c, length) + "\"";
}
