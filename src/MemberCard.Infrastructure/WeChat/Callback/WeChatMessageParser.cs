namespace MemberCard.Infrastructure.WeChat.Callback;

using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using MemberCard.Application.Common.WeChat;

/// <summary>
/// Reads the top-level fields of a pushed message, XML or JSON (a body starting with '{'). Values are trimmed
/// (WeChat's own samples put spaces around CDATA sections); nested elements are ignored; DTDs are refused.
/// </summary>
internal static class WeChatMessageParser
{
    private const int MaxJsonDepth = 16;

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = WeChatCallbackCodec.MaxBodyBytes,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Parses a decrypted or plaintext message and checks the fields every message carries.</summary>
    public static WeChatInboundMessage Parse(string body)
    {
        var fields = ReadFields(body);
        var createTime = Required(fields, "CreateTime");
        if (!long.TryParse(createTime, NumberStyles.None, CultureInfo.InvariantCulture, out var createdAt))
        {
            throw Malformed("CreateTime is not a number.");
        }

        return new WeChatInboundMessage(
            Required(fields, "ToUserName"),
            Required(fields, "FromUserName"),
            createdAt,
            Required(fields, "MsgType"),
            fields.TryGetValue("Event", out var eventName) && eventName.Length > 0 ? eventName : null,
            fields);
    }

    /// <summary>Every top-level field, first occurrence wins. Throws <see cref="WeChatCallbackRejectedException"/> on malformed input.</summary>
    public static IReadOnlyDictionary<string, string> ReadFields(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var start = body.AsSpan().TrimStart();
        if (start.IsEmpty)
        {
            throw Malformed("The body is empty.");
        }

        return start[0] == '{' ? ReadJson(body) : ReadXml(body);
    }

    private static Dictionary<string, string> ReadXml(string body)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var value = new StringBuilder();
        string? field = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(body), XmlSettings);
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when reader.Depth == 1 && reader.IsEmptyElement:
                        fields.TryAdd(reader.LocalName, string.Empty);
                        break;
                    case XmlNodeType.Element when reader.Depth == 1:
                        field = reader.LocalName;
                        value.Clear();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace
                        when reader.Depth == 2 && field is not null:
                        value.Append(reader.Value);
                        break;
                    case XmlNodeType.EndElement when reader.Depth == 1 && field is not null:
                        fields.TryAdd(field, value.ToString().Trim());
                        field = null;
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            throw Malformed($"The body is not acceptable XML: {e.Message}");
        }

        return fields;
    }

    private static Dictionary<string, string> ReadJson(string body)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = MaxJsonDepth });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Malformed("The JSON body is not an object.");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                var value = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString()!.Trim(),
                    JsonValueKind.Number => property.Value.GetRawText(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => null,
                };
                if (value is not null)
                {
                    fields.TryAdd(property.Name, value);
                }
            }
        }
        catch (JsonException e)
        {
            throw Malformed($"The body is not acceptable JSON: {e.Message}");
        }

        return fields;
    }

    private static string Required(IReadOnlyDictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.Length > 0 ? value : throw Malformed($"{name} is missing.");

    private static WeChatCallbackRejectedException Malformed(string reason) => new(reason, badSignature: false);
}
