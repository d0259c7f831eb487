namespace MemberCard.Api.IntegrationTests.Security;

using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

/// <summary>
/// Hand-built JWTs, so the tests can forge what an attacker would send: expired, signed with another key,
/// unsigned (<c>alg: none</c>), or for another issuer or audience.
/// </summary>
public static class ShopperTokens
{
    public const string Issuer = "membercard";
    public const string Audience = "membercard-shopper";

    public static JsonObject Claims(string openId, DateTimeOffset issuedAt, DateTimeOffset? expires, string issuer = Issuer, string audience = Audience)
    {
        var claims = new JsonObject
        {
            ["sub"] = openId,
            ["kind"] = "shopper",
            ["iss"] = issuer,
            ["aud"] = audience,
            ["iat"] = issuedAt.ToUnixTimeSeconds(),
            ["nbf"] = issuedAt.ToUnixTimeSeconds(),
        };
        if (expires is { } exp)
        {
            claims["exp"] = exp.ToUnixTimeSeconds();
        }

        return claims;
    }

    /// <summary>A compact JWT; <paramref name="algorithm"/> HS256, HS512 or none (empty signature).</summary>
    public static string Sign(JsonObject claims, string algorithm, string? key)
    {
        var header = new JsonObject { ["alg"] = algorithm, ["typ"] = "JWT" };
        var unsigned = Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Url(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        var data = Encoding.ASCII.GetBytes(unsigned);
        var signature = algorithm switch
        {
            "none" => [],
            "HS256" => HMACSHA256.HashData(Encoding.UTF8.GetBytes(key!), data),
            "HS512" => HMACSHA512.HashData(Encoding.UTF8.GetBytes(key!), data),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, null),
        };
        return unsigned + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
