namespace MemberCard.Api.Endpoints;

using Mediator;
using MemberCard.Api.Auth;
using MemberCard.Application.ApiKeys.Common;
using MemberCard.Application.ApiKeys.IssueApiKey;
using MemberCard.Application.ApiKeys.ListApiKeys;
using MemberCard.Application.ApiKeys.RevokeApiKey;
using MemberCard.Application.Audit.ListAuditEntries;
using MemberCard.Application.Branches.Common;
using MemberCard.Application.Branches.ListBranches;
using MemberCard.Application.Branches.OpenBranch;
using MemberCard.Application.Branches.UpdateBranch;
using MemberCard.Application.Common.Models;
using MemberCard.Application.Programme;
using MemberCard.Application.Programme.GetProgramme;
using MemberCard.Application.Programme.UpdateProgramme;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>Head-office set-up: branches, programme settings, API keys, audit trail.</summary>
public static class HeadOfficeEndpoints
{
    public static IEndpointRouteBuilder MapHeadOfficeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/hq").WithTags("Head office").RequireAuthorization(AuthConstants.HeadOfficePolicy);
        group.MapGet("/branches", ListBranchesAsync);
        group.MapPost("/branches", OpenBranchAsync);
        group.MapPatch("/branches/{branchId:guid}", UpdateBranchAsync);
        group.MapGet("/programme", GetProgrammeAsync);
        group.MapPut("/programme", UpdateProgrammeAsync);
        group.MapGet("/api-keys", ListApiKeysAsync);
        group.MapPost("/api-keys", IssueApiKeyAsync);
        group.MapDelete("/api-keys/{keyId:guid}", RevokeApiKeyAsync);
        group.MapGet("/audit", ListAuditAsync);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<BranchDto>>> ListBranchesAsync(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListBranchesQuery(), ct));

    private static async Task<Created<BranchDto>> OpenBranchAsync(OpenBranchRequest r, ISender sender, CancellationToken ct)
    {
        var branch = await sender.Send(new OpenBranchCommand(r.Code, r.Name, r.RegionCode, r.Kind), ct);
        return TypedResults.Created($"/api/v1/hq/branches/{branch.Id}", branch);
    }

    private static async Task<Ok<BranchDto>> UpdateBranchAsync(Guid branchId, BranchChangeRequest r, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateBranchCommand(branchId, r.Name, r.Kind, r.Status), ct));

    private static async Task<Ok<ProgrammeDto>> GetProgrammeAsync(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetProgrammeQuery(), ct));

    private static async Task<Ok<ProgrammeDto>> UpdateProgrammeAsync(ProgrammeRequest r, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateProgrammeCommand(
            r.TimeZone, r.Tiers, r.SinglePurchaseUpgradeThreshold, r.UpgradeSpendWindowMonths, r.DowngradeReviewWindowMonths,
            r.BirthdayDiscountRate, r.BirthdayPointsMultiplier, r.PointsExpiryMonths, r.PointsPerYuan, r.CardValidityMonths,
            r.DefaultOnlineBranchCode, r.MaxPointsMultiplier, r.Milestones, r.MilestoneClaimMonths, r.RedemptionMonths, r.FollowUpCadence,
            r.ComplaintResponseHours), ct));

    private static async Task<Ok<IReadOnlyList<ApiKeyDto>>> ListApiKeysAsync(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListApiKeysQuery(), ct));

    private static async Task<Created<IssuedApiKey>> IssueApiKeyAsync(IssueApiKeyRequest r, ISender sender, CancellationToken ct)
    {
        var issued = await sender.Send(new IssueApiKeyCommand(r.Name, r.Role, r.BranchId, r.BranchCode), ct);
        return TypedResults.Created($"/api/v1/hq/api-keys/{issued.Key.Id}", issued);
    }

    private static async Task<Ok<ApiKeyDto>> RevokeApiKeyAsync(Guid keyId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RevokeApiKeyCommand(keyId), ct));

    private static async Task<Ok<PagedResult<AuditEntryDto>>> ListAuditAsync(
        ISender sender, CancellationToken ct, string? action = null, string? subjectId = null, Guid? branchId = null, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await sender.Send(new ListAuditEntriesQuery(action, subjectId, branchId, page, pageSize), ct));
}
