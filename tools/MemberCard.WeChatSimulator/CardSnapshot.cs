namespace MemberCard.WeChatSimulator;

using System.Text.Json.Serialization;

/// <summary>A member card in a user's card package as WeChat would hold it, with every change made to it.</summary>
public sealed record CardSnapshot(
    string Code,
    string CardId,
    [property: JsonPropertyName("openid")] string OpenId,
    [property: JsonPropertyName("unionid")] string? UnionId,
    string? OuterStr,
    string EncryptCode,
    string? MembershipNumber,
    bool Activated,
    long Bonus,
    long Balance,
    string? CustomFieldValue1,
    string? CustomFieldValue2,
    string? CustomFieldValue3,
    string Status,
    string? UnavailableReason,
    IReadOnlyDictionary<string, string> Form,
    IReadOnlyList<CardActivation> Activations,
    IReadOnlyList<CardUpdate> Updates,
    DateTimeOffset CreatedAt);
