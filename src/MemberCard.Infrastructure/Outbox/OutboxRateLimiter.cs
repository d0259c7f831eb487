namespace MemberCard.Infrastructure.Outbox;

using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

/// <summary>Keeps this instance's deliveries under the configured rate (WeChat throttles card updates per brand).</summary>
internal sealed class OutboxRateLimiter : IDisposable
{
    private readonly TokenBucketRateLimiter _bucket;

    public OutboxRateLimiter(IOptions<OutboxOptions> options)
    {
        var perSecond = Math.Max(1, options.Value.SendsPerSecond);
        _bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perSecond,
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        using var lease = await _bucket.AcquireAsync(1, cancellationToken);
    }

    public void Dispose() => _bucket.Dispose();
}
