namespace MemberCard.Application.Jobs.ListJobRuns;

using Mediator;

/// <summary>The most recent job runs, newest first, optionally of one job.</summary>
public sealed record ListJobRunsQuery(string? Name, int Take = 50) : IQuery<IReadOnlyList<JobRunDto>>;
