namespace MemberCard.Domain.Referrals;

using System.Security.Cryptography;

/// <summary>
/// A member's personal referral code: eight characters from an alphabet without look-alikes (no 0/O, 1/I/L),
/// so it can be read aloud at a till or typed from a screenshot. 31^8 codes: random ones hardly ever meet, and
/// the unique index is the final word when they do.
/// </summary>
public static class ReferralCode
{
    public const int Length = 8;
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Upper-cases and trims what a shopper or staff typed; null when blank.</summary>
    public static string? Normalize(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();

    public static bool IsWellFormed(string? code) =>
        Normalize(code) is { Length: Length } normalized && normalized.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
