namespace MemberCard.WeChatSimulator.Model;

/// <summary>A login or phone code handed out through the control API: single use, short-lived.</summary>
internal sealed class IssuedCode(string value, string? unionId, DateTimeOffset issuedAt)
{
    public string Value { get; } = value;

    public string? UnionId { get; } = unionId;

    public DateTimeOffset IssuedAt { get; } = issuedAt;

    public bool Used { get; set; }
}
