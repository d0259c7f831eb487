namespace MemberCard.Api.Endpoints;

using Mediator;
using MemberCard.Api.Auth;
using MemberCard.Application.Cards.ActivateCard;
using MemberCard.Application.Cards.ApplyForCard;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Cards.ReissueCard;
using MemberCard.Application.Cards.ReportLoss;
using MemberCard.Application.Members.BindPhone;
using MemberCard.Application.Members.Common;
using MemberCard.Application.Members.GetMyCard;
using MemberCard.Application.Members.UpdateProfile;
using MemberCard.Domain.Members;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>The shopper's own card, in the mini-program.</summary>
public static class MeEndpoints
{
    public static IEndpointRouteBuilder MapMeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/me").WithTags("Shopper").RequireAuthorization(AuthConstants.ShopperPolicy);
        group.MapPost("/card-applications", ApplyAsync);
        group.MapGet("/card", GetCardAsync);
        group.MapPost("/card/activate", ActivateAsync);
        group.MapPost("/card/loss-report", ReportLossAsync);
        group.MapPost("/card/reissue", ReissueAsync);
        group.MapPost("/phone", BindPhoneAsync);
        group.MapPatch("/profile", UpdateProfileAsync);
        return app;
    }

    private static async Task<Created<CardDto>> ApplyAsync(CardApplicationRequest r, ISender sender, CancellationToken ct) =>
        TypedResults.Created("/api/v1/me/card", await sender.Send(
            new ApplyForCardCommand(ApplicationChannel.Online, r.Name, r.Gender, r.BirthDate, r.Phone, r.Address, r.Email, r.BranchCode, r.ReferralCode), ct));

    private static async Task<Ok<MyCardDto>> GetCardAsync(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetMyCardQuery(), ct));

    private static async Task<Ok<CardDto>> ActivateAsync(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ActivateCardCommand(null), ct));

    private static async Task<Ok<CardDto>> ReportLossAsync(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ReportLossCommand(null), ct));

    private static async Task<Ok<CardDto>> ReissueAsync(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ReissueCardCommand(null), ct));

    private static async Task<Ok<MemberDetailDto>> BindPhoneAsync(BindPhoneRequest r, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new BindPhoneCommand(r.PhoneCode), ct));

    private static async Task<Ok<ProfileChangeResult>> UpdateProfileAsync(ProfileChangeRequest r, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateProfileCommand(r.Name, r.Gender, r.BirthDate, r.Address, r.Email, r.Phone), ct));
}
