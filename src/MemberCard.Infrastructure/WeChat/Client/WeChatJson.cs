namespace MemberCard.Infrastructure.WeChat.Client;

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

internal static class WeChatJson
{
    /// <summary>
    /// snake_case like WeChat; Chinese text (record_bonus, tier names) sent as is rather than \u-escaped, so
    /// WeChat's 14-character limit counts what the user sees.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
