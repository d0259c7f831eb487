namespace MemberCard.Api.Endpoints;

using Mediator;
using MemberCard.Api.Auth;
using MemberCard.Application.Common.Models;
using MemberCard.Application.Milestones;
using MemberCard.Application.Milestones.CollectMilestoneClaim;
using MemberCard.Application.Milestones.ListMilestoneClaims;
using MemberCard.Domain.Milestones;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>Milestone gifts (返礼): the job grants claims; members see theirs, branches hand them out, HQ oversees.</summary>
public static class MilestoneEndpoints
{
    public static IEndpointRouteBuilder MapMilestoneEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/me").WithTags("Shopper").RequireAuthorization(AuthConstants.ShopperPolicy)
            .MapGet("/milestone-claims", ListAsync);
        var branch = app.MapGroup("/api/v1/branch").WithTags("Branch").RequireAuthorization(AuthConstants.BranchPolicy);
        branch.MapGet("/milestone-claims", ListAsync);
        branch.MapPost("/milestone-claims/{claimId:guid}/collect", CollectAsync);
        app.MapGroup("/api/v1/hq").WithTags("Head office").RequireAuthorization(AuthConstants.HeadOfficePolicy)
            .MapGet("/milestone-claims", ListAsync);
        return app;
    }

    private static async Task<Ok<PagedResult<MilestoneClaimDto>>> ListAsync(
        ISender sender, CancellationToken ct, MilestoneClaimStatus? status = null, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await sender.Send(new ListMilestoneClaimsQuery(status, page, pageSize), ct));

    private static async Task<Ok<MilestoneClaimDto>> CollectAsync(Guid claimId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new CollectMilestoneClaimCommand(claimId), ct));
}
