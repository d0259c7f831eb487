namespace MemberCard.Api.Endpoints;

using Mediator;
using MemberCard.Api.Auth;
using MemberCard.Application.Common.Models;
using MemberCard.Application.Referrals.Common;
using MemberCard.Application.Referrals.GetMyReferral;
using MemberCard.Application.Referrals.GetReferralSettings;
using MemberCard.Application.Referrals.GetReferralSummary;
using MemberCard.Application.Referrals.ListReferrals;
using MemberCard.Application.Referrals.UpdateReferralSettings;
using MemberCard.Domain.Referrals;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>Referrals: the shopper's code and history, a branch's monthly figures, head office's review, figures and settings.</summary>
public static class ReferralEndpoints
{
    public static IEndpointRouteBuilder MapReferralEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/me").WithTags("Referrals").RequireAuthorization(AuthConstants.ShopperPolicy)
            .MapGet("/referral", GetMineAsync);

        app.MapGroup("/api/v1/branch").WithTags("Referrals").RequireAuthorization(AuthConstants.BranchPolicy)
            .MapGet("/referrals/summary", SummaryAsync);

        var hq = app.MapGroup("/api/v1/hq").WithTags("Referrals").RequireAuthorization(AuthConstants.HeadOfficePolicy);
        hq.MapGet("/referrals", ListAsync);
        hq.MapGet("/referrals/summary", SummaryAsync);
        hq.MapGet("/referral-settings", GetSettingsAsync);
        hq.MapPut("/referral-settings", UpdateSettingsAsync);
        return app;
    }

    private static async Task<Ok<MyReferralDto>> GetMineAsync(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetMyReferralCommand(), ct));

    private static async Task<Ok<ReferralSummaryDto>> SummaryAsync(ISender sender, CancellationToken ct, string? month = null) =>
        TypedResults.Ok(await sender.Send(new GetReferralSummaryQuery(month), ct));

    private static async Task<Ok<PagedResult<ReferralDto>>> ListAsync(
        ISender sender, CancellationToken ct, ReferralStatus? status = null, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await sender.Send(new ListReferralsQuery(status, page, pageSize), ct));

    private static async Task<Ok<ReferralSettingsDto>> GetSettingsAsync(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetReferralSettingsQuery(), ct));

    private static async Task<Ok<ReferralSettingsDto>> UpdateSettingsAsync(ReferralSettingsRequest r, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateReferralSettingsCommand(r.ReferrerPoints, r.RefereePoints, r.MonthlyCap, r.ReturnWindowDays), ct));
}
