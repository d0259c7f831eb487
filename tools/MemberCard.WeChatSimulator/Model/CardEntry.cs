namespace MemberCard.WeChatSimulator.Model;

/// <summary>The mutable card behind <see cref="CardSnapshot"/>; only touched under the state's lock.</summary>
internal sealed class CardEntry(string code, string cardId, string openId, string? unionId, string? outerStr, DateTimeOffset createdAt)
{
    public const string Normal = "NORMAL";
    public const string Unavailable = "UNAVAILABLE";
    public const string Deleted = "DELETE";
    public const string EncryptPrefix = "enc_";

    public string Code { get; } = code;

    public string CardId { get; } = cardId;

    public string OpenId { get; } = openId;

    public string? UnionId { get; } = unionId;

    public string? OuterStr { get; } = outerStr;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public string EncryptCode => EncryptPrefix + Code;

    public string? MembershipNumber { get; set; }

    public bool Activated { get; set; }

    public long Bonus { get; set; }

    public long Balance { get; set; }

    public string? CustomFieldValue1 { get; set; }

    public string? CustomFieldValue2 { get; set; }

    public string? CustomFieldValue3 { get; set; }

    public string Status { get; set; } = Normal;

    public string? UnavailableReason { get; set; }

    public List<FormField> Form { get; } = [];

    public List<CardActivation> Activations { get; } = [];

    public List<CardUpdate> Updates { get; } = [];

    public CardSnapshot ToSnapshot() => new(
        Code,
        CardId,
        OpenId,
        UnionId,
        OuterStr,
        EncryptCode,
        MembershipNumber,
        Activated,
        Bonus,
        Balance,
        CustomFieldValue1,
        CustomFieldValue2,
        CustomFieldValue3,
        Status,
        UnavailableReason,
        Form.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal),
        [.. Activations],
        [.. Updates],
        CreatedAt);
}
