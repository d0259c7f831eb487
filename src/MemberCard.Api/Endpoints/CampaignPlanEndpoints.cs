namespace MemberCard.Api.Endpoints;

using Mediator;
using MemberCard.Api.Auth;
using MemberCard.Application.CampaignPlans;
using MemberCard.Application.CampaignPlans.ApproveCampaignPlan;
using MemberCard.Application.CampaignPlans.FileCampaignPlan;
using MemberCard.Application.CampaignPlans.GetCampaignResults;
using MemberCard.Application.CampaignPlans.ListCampaignPlans;
using MemberCard.Application.CampaignPlans.RejectCampaignPlan;
using MemberCard.Application.CampaignPlans.ReviseCampaignPlan;
using MemberCard.Application.CampaignPlans.SubmitCampaignPlan;
using MemberCard.Application.Common.Models;
using MemberCard.Domain.Campaigns;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>
/// Branch campaign plans: drafted, revised and filed by the branch, decided by head office (which does not see
/// drafts), measured from the data.
/// </summary>
public static class CampaignPlanEndpoints
{
    public static IEndpointRouteBuilder MapCampaignPlanEndpoints(this IEndpointRouteBuilder app)
    {
        var branch = app.MapGroup("/api/v1/branch").WithTags("Branch").RequireAuthorization(AuthConstants.BranchPolicy);
        branch.MapPost("/campaign-plans", FileAsync);
        branch.MapGet("/campaign-plans", ListOwnAsync);
        branch.MapPut("/campaign-plans/{planId:guid}", ReviseAsync);
        branch.MapPost("/campaign-plans/{planId:guid}/submit", SubmitAsync);
        branch.MapGet("/campaign-plans/{planId:guid}/results", ResultsAsync);

        var hq = app.MapGroup("/api/v1/hq").WithTags("Head office").RequireAuthorization(AuthConstants.HeadOfficePolicy);
        hq.MapGet("/campaign-plans", ListAllAsync);
        hq.MapPost("/campaign-plans/{planId:guid}/approve", ApproveAsync);
        hq.MapPost("/campaign-plans/{planId:guid}/reject", RejectAsync);
        hq.MapGet("/campaign-plans/{planId:guid}/results", ResultsAsync);
        return app;
    }

    private static async Task<Created<CampaignPlanDto>> FileAsync(CampaignPlanRequest r, ISender sender, CancellationToken ct)
    {
        var plan = await sender.Send(
            new FileCampaignPlanCommand(r.Title, r.Goal, r.Channel, r.StartsOn, r.EndsOn, r.Budget, r.Kind, r.TargetCategories, r.Draft ?? false), ct);
        return TypedResults.Created($"/api/v1/branch/campaign-plans/{plan.Id}", plan);
    }

    private static async Task<Ok<CampaignPlanDto>> ReviseAsync(Guid planId, CampaignPlanRequest r, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(
            new ReviseCampaignPlanCommand(planId, r.Title, r.Goal, r.Channel, r.StartsOn, r.EndsOn, r.Budget, r.Kind, r.TargetCategories), ct));

    private static async Task<Ok<CampaignPlanDto>> SubmitAsync(Guid planId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SubmitCampaignPlanCommand(planId), ct));

    private static async Task<Ok<PagedResult<CampaignPlanDto>>> ListOwnAsync(
        ISender sender, CancellationToken ct, CampaignPlanStatus? status = null, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await sender.Send(new ListCampaignPlansQuery(status, null, IncludeDrafts: true, page, pageSize), ct));

    private static async Task<Ok<PagedResult<CampaignPlanDto>>> ListAllAsync(
        ISender sender, CancellationToken ct, CampaignPlanStatus? status = null, string? branch = null, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await sender.Send(new ListCampaignPlansQuery(status, branch, IncludeDrafts: false, page, pageSize), ct));

    private static async Task<Ok<CampaignResultsDto>> ResultsAsync(Guid planId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetCampaignResultsQuery(planId), ct));

    // The body is optional: an approval without a multiplier needs none.
    private static async Task<Ok<CampaignPlanDto>> ApproveAsync(Guid planId, ISender sender, CancellationToken ct, PlanApprovalRequest? r = null) =>
        TypedResults.Ok(await sender.Send(new ApproveCampaignPlanCommand(planId, r?.Multiplier), ct));

    private static async Task<Ok<CampaignPlanDto>> RejectAsync(Guid planId, PlanRejectionRequest r, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RejectCampaignPlanCommand(planId, r.Reason), ct));
}
