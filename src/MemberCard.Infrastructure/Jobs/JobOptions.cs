namespace MemberCard.Infrastructure.Jobs;

/// <summary>The schedule of the daily jobs (configuration section <c>Jobs</c>).</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary><c>Jobs__Enabled=false</c> turns the schedule off; HQ can still run a job by hand.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The jobs of a business day run after this time of day in the programme's time zone.</summary>
    public TimeOnly RunAtLocalTime { get; set; } = new(2, 0);

    /// <summary>How long after start-up the scheduler first looks: a process that starts and stops at once runs nothing.</summary>
    public TimeSpan StartDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the scheduler looks whether a job is due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often due follow-up messages go out between the daily runs (a thank-you is due 3 minutes after a purchase).</summary>
    public TimeSpan FollowUpMessagesInterval { get; set; } = TimeSpan.FromMinutes(1);
}
