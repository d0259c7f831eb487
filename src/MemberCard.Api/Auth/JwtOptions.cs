namespace MemberCard.Api.Auth;

public sealed class JwtOptions
{
    public const string Section = "Jwt";

    public string Issuer { get; set; } = "membercard";

    public string Audience { get; set; } = "membercard-shopper";

    /// <summary>HMAC key, at least 32 bytes; from the environment (<c>Jwt__SigningKey</c>), never from a file in the repo.</summary>
    public string? SigningKey { get; set; }

    public int LifetimeMinutes { get; set; } = 120;
}
