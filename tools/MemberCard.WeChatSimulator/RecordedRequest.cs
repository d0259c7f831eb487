namespace MemberCard.WeChatSimulator;

using System.Text.Json;
using System.Text.Json.Serialization;

/// <summary>
/// A call to a WeChat endpoint as received, with <c>access_token</c> and <c>secret</c> values masked.
/// <see cref="Fault"/> names the injected fault that answered it; <see cref="ErrCode"/> is null when no JSON answer went out.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string? Query,
    JsonElement? Body,
    DateTimeOffset At,
    int HttpStatus,
    [property: JsonPropertyName("errcode")] int? ErrCode,
    string? Fault);
