namespace MemberCard.WeChatSimulator.Tests.Support;

using System.Security.Cryptography;
using System.Text;

/// <summary>The callback signature computed independently of the simulator, as our API's verifier would.</summary>
public static class Sha1Signature
{
    public static string Of(params string[] parts)
    {
        var joined = string.Concat(parts.Order(StringComparer.Ordinal));
#pragma warning disable CA5350 // WeChat's scheme is SHA-1.
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(joined)));
#pragma warning restore CA5350
    }
}
