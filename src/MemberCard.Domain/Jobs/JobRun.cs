namespace MemberCard.Domain.Jobs;

/// <summary>One run of a scheduled job for a business date: what it did and who started it.</summary>
public sealed class JobRun
{
    private JobRun()
    {
        Name = string.Empty;
        Trigger = string.Empty;
    }

    public long Id { get; private set; }

    public string Name { get; private set; }

    public DateOnly AsOf { get; private set; }

    public string Trigger { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public int Processed { get; private set; }

    public static JobRun Start(string name, DateOnly asOf, string trigger, DateTimeOffset now) => new()
    {
        Name = name,
        AsOf = asOf,
        Trigger = trigger,
        StartedAt = now,
    };

    public void Finish(int processed, DateTimeOffset now)
    {
        Processed = processed;
        FinishedAt = now;
    }
}
