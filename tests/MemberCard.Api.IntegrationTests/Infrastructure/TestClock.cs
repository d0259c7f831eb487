namespace MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The API's clock in tests: the real time until a test pins it. Unlike the framework's fake it may go back,
/// so every test can start again from "now".
/// </summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset? _pinned;

    public override DateTimeOffset GetUtcNow() => _pinned ?? DateTimeOffset.UtcNow;

    public void SetUtcNow(DateTimeOffset now) => _pinned = now.ToUniversalTime();

    /// <summary>Pins the clock to a business date in China at the given local time (default 12:00).</summary>
    public void SetChinaDate(DateOnly date, int hour = 12) =>
        _pinned = new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8)).ToUniversalTime();

    public void Advance(TimeSpan by) => _pinned = GetUtcNow() + by;

    public void Reset() => _pinned = null;
}
