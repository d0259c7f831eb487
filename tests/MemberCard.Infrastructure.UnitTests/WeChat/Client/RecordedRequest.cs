namespace MemberCard.Infrastructure.UnitTests.WeChat.Client;

using System.Collections.Specialized;
using System.Text.Json;

public sealed record RecordedRequest(HttpMethod Method, string Path, NameValueCollection Query, string? Body)
{
    public string? AccessToken => Query["access_token"];

    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Body ?? throw new InvalidOperationException("The request had no body."));
        return document.RootElement.Clone();
    }
}
