namespace MemberCard.Infrastructure.WeChat.Callback;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// WeChat's push signature: lowercase hex SHA-1 of the parts sorted ordinally and joined without a separator.
/// Used for the URL check (<c>signature</c>) and for safe-mode messages (<c>msg_signature</c>).
/// </summary>
public static class WeChatSignature
{
    private const int HexLength = 40;

    public static string Compute(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var sorted = (string[])parts.Clone();
        Array.Sort(sorted, StringComparer.Ordinal);

        // WeChat's protocol fixes SHA-1; here it proves knowledge of the shared Token, where collisions do not help.
#pragma warning disable CA5350
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(sorted)));
#pragma warning restore CA5350
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Constant-time comparison of a received signature with the one computed over <paramref name="parts"/>.</summary>
    public static bool Verify(string? signature, params string[] parts)
    {
        if (signature is not { Length: HexLength })
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(parts));
        var received = Encoding.ASCII.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, received);
    }
}
