namespace MemberCard.Api.Infrastructure;

public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Requests per minute per API key, per shopper, or per client address for anonymous calls.</summary>
    public int PermitsPerMinute { get; set; } = 1200;
}
