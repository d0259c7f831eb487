namespace MemberCard.Application.Common.Outbox;

using System.Text.Json;

/// <summary>The one JSON shape of outbox payloads, written and read with the same options.</summary>
public static class OutboxPayload
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T payload) => JsonSerializer.Serialize(payload, Json);

    public static T Read<T>(string payload) =>
        JsonSerializer.Deserialize<T>(payload, Json) ?? throw new InvalidOperationException($"Empty {typeof(T).Name} payload.");
}
