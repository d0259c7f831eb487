namespace MemberCard.Api.Endpoints;

using Mediator;
using MemberCard.Api.Auth;
using MemberCard.Application.Cards.ActivateCard;
using MemberCard.Application.Cards.ApplyForCard;
using MemberCard.Application.Cards.Common;
using MemberCard.Application.Cards.LookupCardAtTill;
using MemberCard.Application.Cards.ReissueCard;
using MemberCard.Application.Cards.ReportLoss;
using MemberCard.Application.Common.Models;
using MemberCard.Application.Members.Common;
using MemberCard.Application.Members.GetMember;
using MemberCard.Application.Members.ListBranchMembers;
using MemberCard.Domain.Members;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>Branch POS and staff console. Head-office keys may use these routes too.</summary>
public static class BranchEndpoints
{
    public static IEndpointRouteBuilder MapBranchEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/branch").WithTags("Branch").RequireAuthorization(AuthConstants.BranchPolicy);
        group.MapPost("/card-applications", ApplyAsync);
        group.MapGet("/members", ListMembersAsync);
        group.MapGet("/members/{memberId:guid}", GetMemberAsync);
        group.MapPost("/cards/{cardNumber}/activate", ActivateAsync);
        group.MapPost("/cards/{cardNumber}/loss-report", ReportLossAsync);
        group.MapPost("/cards/{cardNumber}/reissue", ReissueAsync);
        group.MapGet("/cards/lookup", LookupAsync);
        return app;
    }

    private static async Task<Created<CardDto>> ApplyAsync(CardApplicationRequest r, ISender sender, CancellationToken ct)
    {
        var card = await sender.Send(
            new ApplyForCardCommand(ApplicationChannel.Offline, r.Name, r.Gender, r.BirthDate, r.Phone, r.Address, r.Email, r.BranchCode, r.ReferralCode), ct);
        return TypedResults.Created($"/api/v1/branch/members/{card.MemberId}", card);
    }

    private static async Task<Ok<PagedResult<MemberListItemDto>>> ListMembersAsync(
        ISender sender, CancellationToken ct, string? search = null, int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await sender.Send(new ListBranchMembersQuery(search, page, pageSize), ct));

    private static async Task<Ok<MemberDetailDto>> GetMemberAsync(Guid memberId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetMemberQuery(memberId), ct));

    private static async Task<Ok<CardDto>> ActivateAsync(string cardNumber, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ActivateCardCommand(cardNumber), ct));

    private static async Task<Ok<CardDto>> ReportLossAsync(string cardNumber, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ReportLossCommand(cardNumber), ct));

    private static async Task<Ok<CardDto>> ReissueAsync(string cardNumber, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ReissueCardCommand(cardNumber), ct));

    private static async Task<Ok<TillCardView>> LookupAsync(string? code, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new LookupCardAtTillQuery(code), ct));
}
