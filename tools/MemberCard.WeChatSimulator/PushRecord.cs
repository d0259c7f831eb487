namespace MemberCard.WeChatSimulator;

using System.Text.Json.Serialization;

/// <summary>
/// One event push to the callback URL and how the callback answered; <see cref="CallbackStatus"/> is null when
/// the push did not get an HTTP answer (see <see cref="Error"/>).
/// </summary>
public sealed record PushRecord(
    string? Event,
    [property: JsonPropertyName("openid")] string? OpenId,
    string? UserCardCode,
    long? CreateTime,
    bool Encrypted,
    int? CallbackStatus,
    string? CallbackBody,
    string? Error,
    DateTimeOffset At);
