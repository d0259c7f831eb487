namespace MemberCard.WeChatSimulator.Tests.Support;

/// <summary>A clock that always says the same time.</summary>
public sealed class PinnedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
