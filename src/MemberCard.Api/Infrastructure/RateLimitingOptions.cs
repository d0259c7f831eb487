namespace MemberCard.Api.Infrastructure;

public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Requests per minute per API key, per shopper, or per client address for anonymous calls.</summary>
    public int PermitsPerMinute { get; set; } = 1200;

    /// <summary>
    /// Requests the instance works on at once. Past what the cores and the database can serve, more requests in
    /// flight only lengthen everyone's wait; a bounded number keeps each one fast. The till mix peaks at 4-16
    /// requests in flight on two cores (docs/benchmarks.md): past that they mostly wait on each other in the database.
    /// </summary>
    public int MaxConcurrentRequests { get; set; } = 16;

    /// <summary>
    /// Requests that wait for a slot, oldest first. When this queue is full the instance is overloaded and
    /// answers 503 at once, so a till can retry or fall back instead of timing out behind thousands of others.
    /// </summary>
    public int QueuedRequests { get; set; } = 304;
}
