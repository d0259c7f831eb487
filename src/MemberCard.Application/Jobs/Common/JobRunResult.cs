namespace MemberCard.Application.Jobs.Common;

/// <summary>The outcome of one attempt to run a job; a skipped attempt did nothing and recorded no run.</summary>
public sealed record JobRunResult(
    string Job,
    DateOnly AsOf,
    int Processed,
    int Failed,
    bool Skipped,
    string? SkipReason,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt);
