namespace MemberCard.WeChatSimulator;

using System.Security.Cryptography;
using System.Text;

/// <summary>WeChat's push signature: lowercase hex SHA-1 of the ordinally sorted parts, joined without separator.</summary>
public static class WeChatSignature
{
    public static string Compute(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);

        var joined = string.Concat(parts.Order(StringComparer.Ordinal));
#pragma warning disable CA5350 // WeChat defines the signature as SHA-1; the simulator must produce exactly what WeChat sends.
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(joined));
#pragma warning restore CA5350
        return Convert.ToHexStringLower(hash);
    }
}
