namespace MemberCard.Api.Endpoints;

using Mediator;
using MemberCard.Api.Auth;
using MemberCard.Application.Jobs.Common;
using MemberCard.Application.Jobs.ListJobRuns;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>Head office runs a scheduled job by hand for a business date, and sees the recent runs.</summary>
public static class JobEndpoints
{
    public static IEndpointRouteBuilder MapJobEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/hq/jobs").WithTags("Jobs").RequireAuthorization(AuthConstants.HeadOfficePolicy);
        group.MapPost("/{name}/run", RunAsync);
        group.MapGet("/runs", ListRunsAsync);
        return app;
    }

    /// <summary>Not a command: a run is many short transactions under the job's lock, never one long one.</summary>
    private static async Task<Ok<JobRunResult>> RunAsync(string name, IJobRunner runner, CancellationToken ct, DateOnly? asOf = null) =>
        TypedResults.Ok(await runner.RunAsync(name, asOf, JobTriggers.Manual, ct));

    private static async Task<Ok<IReadOnlyList<JobRunDto>>> ListRunsAsync(ISender sender, CancellationToken ct, string? name = null, int take = 50) =>
        TypedResults.Ok(await sender.Send(new ListJobRunsQuery(name, take), ct));
}
