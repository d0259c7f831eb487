namespace MemberCard.Application.Jobs.ListJobRuns;

/// <summary>One recorded run; <see cref="FinishedAt"/> is null while it runs or when it broke off.</summary>
public sealed record JobRunDto(
    long Id,
    string Name,
    DateOnly AsOf,
    string Trigger,
    int Processed,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt);
