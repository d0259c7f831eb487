namespace MemberCard.Api.Endpoints;

using System.Globalization;
using Mediator;
using MemberCard.Api.Auth;
using MemberCard.Application.MemberRights.ExitMember;
using MemberCard.Application.MemberRights.ExportMyData;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>The member's rights over their data and membership: exit (退会) and the PIPL data export.</summary>
public static class MemberRightsEndpoints
{
    public static IEndpointRouteBuilder MapMemberRightsEndpoints(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/v1/me").WithTags("Shopper").RequireAuthorization(AuthConstants.ShopperPolicy);
        me.MapPost("/exit", ExitSelfAsync);
        me.MapGet("/export", ExportAsync);
        app.MapGroup("/api/v1/branch").WithTags("Branch").RequireAuthorization(AuthConstants.BranchPolicy)
            .MapPost("/members/{memberId:guid}/exit", ExitForMemberAsync);
        return app;
    }

    private static async Task<Ok<ExitResult>> ExitSelfAsync(ExitRequest? r, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ExitMemberCommand(null, r?.Confirm == true, r?.ForfeitPoints), ct));

    private static async Task<Ok<ExitResult>> ExitForMemberAsync(Guid memberId, ExitRequest? r, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ExitMemberCommand(memberId, r?.Confirm == true, r?.ForfeitPoints), ct));

    private static async Task<Ok<MemberDataExport>> ExportAsync(HttpContext context, ISender sender, TimeProvider clock, CancellationToken ct)
    {
        var export = await sender.Send(new ExportMyDataQuery(), ct);
        var stamp = clock.GetUtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"membercard-export-{stamp}.json\"";
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(export);
    }
}
