namespace MemberCard.Infrastructure.Kpis;

public sealed class KpiDeltaFoldOptions
{
    public const string Section = "Kpis:DeltaFold";

    /// <summary>Runs the background fold. Tests switch it off and fold by hand; the KPIs are exact either way.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Deltas moved per statement (and transaction), so a backlog is folded in bounded steps.</summary>
    public int BatchSize { get; set; } = 10_000;
}
