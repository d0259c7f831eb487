namespace MemberCard.Infrastructure.UnitTests.WeChat;

/// <summary>Moves the wall clock by hand; timers stay real so resilience delays and timeouts still elapse.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
