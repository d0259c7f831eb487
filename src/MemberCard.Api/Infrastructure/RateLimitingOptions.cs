namespace MemberCard.Api.Infrastructure;

public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Requests per minute per API key, per shopper, or per client address for anonymous calls.</summary>
    public int PermitsPerMinute { get; set; } = 1200;

    /// <summary>
    /// Requests the instance works on at once. Past what the cores and the database can serve, more requests in
    /// flight only lengthen everyone's wait; a bounded number keeps each one fast.
    /// </summary>
    public int MaxConcurrentRequests { get; set; } = 64;

    /// <summary>
    /// Requests that wait for a slot, oldest first. When this queue is full the instance is overloaded and
    /// answers 503 at once, so a till can retry or fall back instead of timing out behind thousands of others.
    /// </summary>
    public int QueuedRequests { get; set; } = 256;
}
