namespace MemberCard.Infrastructure.Outbox;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Runs the background dispatcher. Tests switch it off and dispatch by hand.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 20;

    /// <summary>How long a claimed message belongs to one dispatcher; longer than the WeChat client's total timeout.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts before a message is parked as failed.</summary>
    public int MaxAttempts { get; set; } = 12;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Deliveries per second of this instance: WeChat throttles card updates per brand.</summary>
    public int SendsPerSecond { get; set; } = 50;
}
