namespace TillLoad;

/// <summary>What a till does in one request.</summary>
internal enum Operation
{
    Lookup,
    Quote,
    Commit,
    Return,
    Redeem,
}
