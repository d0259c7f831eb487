namespace MemberCard.Application.Audit.RecordAuditEntry;

using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

/// <summary>
/// Writes a typed id or value object (a struct with one <c>Value</c> property) as its bare value, so an
/// audit entry reads <c>"memberId": "…"</c> rather than <c>{"value": "…"}</c>. Write-only: the trail is never read back into objects.
/// </summary>
internal sealed class SingleValueJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert is { IsValueType: true, IsPrimitive: false, IsEnum: false, Namespace: not null }
        && typeToConvert.Namespace.StartsWith("MemberCard.Domain", StringComparison.Ordinal)
        && typeToConvert.GetProperty("Value", BindingFlags.Public | BindingFlags.Instance) is not null;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T>
    {
        private static readonly PropertyInfo ValueProperty = typeof(T).GetProperty("Value")!;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Audit details are written, never read back.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, ValueProperty.GetValue(value), ValueProperty.PropertyType, options);
    }
}
