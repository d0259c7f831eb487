namespace MemberCard.Application.ApiKeys.Common;

using System.Security.Cryptography;
using System.Text;
using MemberCard.Domain.ApiKeys;

/// <summary>Makes and hashes key secrets. 32 random bytes make a fast SHA-256 hash safe to store.</summary>
public static class ApiKeySecret
{
    public static (string Secret, string Prefix, string Hash) Generate(ApiKeyRole role)
    {
        var random = Base64Url(RandomNumberGenerator.GetBytes(32));
        var secret = (role == ApiKeyRole.HeadOffice ? "mc_hq_" : "mc_br_") + random;
        return (secret, PrefixOf(secret), Hash(secret));
    }

    public static string PrefixOf(string secret) => secret[..Math.Min(ApiKey.PrefixLength, secret.Length)];

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
