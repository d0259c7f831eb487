namespace MemberCard.Api.Endpoints;

using Mediator;
using MemberCard.Api.Auth;
using MemberCard.Application.Campaigns;
using MemberCard.Application.Campaigns.CreateCampaign;
using MemberCard.Application.Campaigns.ListCampaigns;
using MemberCard.Application.Common.Models;
using MemberCard.Application.Gifts.Common;
using MemberCard.Application.Gifts.CreateGift;
using MemberCard.Application.Gifts.ListGifts;
using MemberCard.Application.Gifts.UpdateGift;
using MemberCard.Application.Points.AdjustPoints;
using MemberCard.Application.Points.Common;
using MemberCard.Application.Points.GetMyLedger;
using MemberCard.Application.Points.GetMyLots;
using MemberCard.Application.Redemptions.RedeemPoints;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>Points outside the till: shopper views, redemptions, the gift catalogue, campaigns, corrections.</summary>
public static class PointsEndpoints
{
    public static IEndpointRouteBuilder MapPointsEndpoints(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/v1/me").WithTags("Shopper").RequireAuthorization(AuthConstants.ShopperPolicy);
        me.MapGet("/points/ledger", MyLedgerAsync);
        me.MapGet("/points/lots", MyLotsAsync);
        me.MapGet("/gifts", CatalogueAsync);
        me.MapPost("/redemptions", RedeemOwnAsync);

        var branch = app.MapGroup("/api/v1/branch").WithTags("Till").RequireAuthorization(AuthConstants.BranchPolicy);
        branch.MapPost("/redemptions", RedeemAtCounterAsync);

        var hq = app.MapGroup("/api/v1/hq").WithTags("Head office").RequireAuthorization(AuthConstants.HeadOfficePolicy);
        hq.MapGet("/gifts", AllGiftsAsync);
        hq.MapPost("/gifts", CreateGiftAsync);
        hq.MapPut("/gifts/{giftId:guid}", UpdateGiftAsync);
        hq.MapGet("/campaigns", ListCampaignsAsync);
        hq.MapPost("/campaigns", CreateCampaignAsync);
        hq.MapPost("/members/{memberId:guid}/points/adjustments", AdjustAsync);
        return app;
    }

    private static async Task<Ok<PagedResult<LedgerEntryDto>>> MyLedgerAsync(ISender sender, CancellationToken ct, int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await sender.Send(new GetMyLedgerQuery(page, pageSize), ct));

    private static async Task<Ok<MyPointsDto>> MyLotsAsync(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetMyLotsQuery(), ct));

    private static async Task<Ok<IReadOnlyList<GiftDto>>> CatalogueAsync(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListGiftsQuery(ActiveOnly: true), ct));

    private static async Task<Created<RedemptionReceipt>> RedeemOwnAsync(ShopperRedemptionRequest r, ISender sender, CancellationToken ct) =>
        Created(await sender.Send(new RedeemPointsCommand(null, r.GiftId, r.Quantity, null, r.Reference), ct));

    private static async Task<Created<RedemptionReceipt>> RedeemAtCounterAsync(RedemptionRequest r, ISender sender, CancellationToken ct) =>
        Created(await sender.Send(new RedeemPointsCommand(r.Code, r.GiftId, r.Quantity, r.Points, r.Reference), ct));

    private static async Task<Ok<IReadOnlyList<GiftDto>>> AllGiftsAsync(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListGiftsQuery(ActiveOnly: false), ct));

    private static async Task<Created<GiftDto>> CreateGiftAsync(GiftRequest r, ISender sender, CancellationToken ct)
    {
        var gift = await sender.Send(new CreateGiftCommand(r.Name, r.PointsPrice, r.Stock, r.ActiveFrom, r.ActiveTo), ct);
        return TypedResults.Created($"/api/v1/hq/gifts/{gift.Id}", gift);
    }

    private static async Task<Ok<GiftDto>> UpdateGiftAsync(Guid giftId, GiftRequest r, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateGiftCommand(giftId, r.Name, r.PointsPrice, r.Stock, r.ActiveFrom, r.ActiveTo), ct));

    private static async Task<Ok<IReadOnlyList<CampaignDto>>> ListCampaignsAsync(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListCampaignsQuery(), ct));

    private static async Task<Created<CampaignDto>> CreateCampaignAsync(CampaignRequest r, ISender sender, CancellationToken ct)
    {
        var campaign = await sender.Send(new CreateCampaignCommand(r.Name, r.Multiplier, r.StartsOn, r.EndsOn, r.BranchIds, r.Categories), ct);
        return TypedResults.Created($"/api/v1/hq/campaigns/{campaign.Id}", campaign);
    }

    private static async Task<Created<LedgerEntryDto>> AdjustAsync(Guid memberId, PointsAdjustmentRequest r, ISender sender, CancellationToken ct)
    {
        var entry = await sender.Send(new AdjustPointsCommand(memberId, r.Points, r.Reason), ct);
        return TypedResults.Created($"/api/v1/hq/audit?subjectId={memberId}", entry);
    }

    private static Created<RedemptionReceipt> Created(RedemptionReceipt receipt) => TypedResults.Created((string?)null, receipt);
}
