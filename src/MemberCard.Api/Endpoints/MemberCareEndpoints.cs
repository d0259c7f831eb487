namespace MemberCard.Api.Endpoints;

using Mediator;
using MemberCard.Api.Auth;
using MemberCard.Application.Birthdays.Common;
using MemberCard.Application.Birthdays.IssueBirthdayGift;
using MemberCard.Application.Birthdays.ListBirthdayGifts;
using MemberCard.Application.Birthdays.ListBirthdays;
using MemberCard.Application.Birthdays.ReconcileBirthdayGifts;
using MemberCard.Application.Birthdays.ReturnBirthdayGift;
using MemberCard.Application.Birthdays.SignBirthdayGift;
using MemberCard.Application.Common.Models;
using MemberCard.Application.FollowUps.Common;
using MemberCard.Application.FollowUps.CompleteFollowUp;
using MemberCard.Application.FollowUps.ListFollowUps;
using MemberCard.Domain.Birthdays;
using MemberCard.Domain.FollowUps;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>
/// Member service between purchases: the birthday programme (monthly list, gift registry, reconciliation) and the
/// follow-up cadence of top-tier members. Branch routes; head-office keys read every branch.
/// </summary>
public static class MemberCareEndpoints
{
    public static IEndpointRouteBuilder MapMemberCareEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/branch").WithTags("Member service").RequireAuthorization(AuthConstants.BranchPolicy);
        group.MapGet("/birthdays", ListBirthdaysAsync);
        group.MapGet("/birthday-gifts", ListGiftsAsync);
        group.MapPost("/birthday-gifts", IssueGiftAsync);
        group.MapPost("/birthday-gifts/{giftId:guid}/sign", SignGiftAsync);
        group.MapPost("/birthday-gifts/{giftId:guid}/return", ReturnGiftAsync);
        group.MapGet("/birthday-gifts/reconciliation", ReconcileAsync);
        group.MapGet("/follow-ups", ListFollowUpsAsync);
        group.MapPost("/follow-ups/{taskId:guid}/complete", CompleteFollowUpAsync);
        return app;
    }

    private static async Task<Ok<PagedResult<BirthdayListItemDto>>> ListBirthdaysAsync(
        ISender sender, CancellationToken ct, string? month = null, string? branch = null, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await sender.Send(new ListBirthdaysQuery(month, branch, page, pageSize), ct));

    private static async Task<Ok<PagedResult<BirthdayGiftDto>>> ListGiftsAsync(
        ISender sender, CancellationToken ct, string? month = null, BirthdayGiftStatus? status = null, string? branch = null, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await sender.Send(new ListBirthdayGiftsQuery(month, status, branch, page, pageSize), ct));

    private static async Task<Created<BirthdayGiftDto>> IssueGiftAsync(BirthdayGiftRequest r, ISender sender, CancellationToken ct)
    {
        var gift = await sender.Send(new IssueBirthdayGiftCommand(r.MemberId, r.CardNumber, r.GiftName, r.Description, r.Year), ct);
        return TypedResults.Created($"/api/v1/branch/birthday-gifts?month={gift.IssuedOn:yyyy-MM}", gift);
    }

    private static async Task<Ok<BirthdayGiftDto>> SignGiftAsync(Guid giftId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SignBirthdayGiftCommand(giftId), ct));

    private static async Task<Ok<BirthdayGiftDto>> ReturnGiftAsync(Guid giftId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ReturnBirthdayGiftCommand(giftId), ct));

    private static async Task<Ok<BirthdayGiftReconciliationDto>> ReconcileAsync(
        ISender sender, CancellationToken ct, string? period = null, string? branch = null) =>
        TypedResults.Ok(await sender.Send(new ReconcileBirthdayGiftsQuery(period, branch), ct));

    private static async Task<Ok<PagedResult<FollowUpTaskDto>>> ListFollowUpsAsync(
        ISender sender, CancellationToken ct, string? due = null, FollowUpStatus? status = null, FollowUpKind? kind = null, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await sender.Send(new ListFollowUpsQuery(due, status, kind, page, pageSize), ct));

    private static async Task<Ok<FollowUpTaskDto>> CompleteFollowUpAsync(Guid taskId, FollowUpCompletionRequest r, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new CompleteFollowUpCommand(taskId, r.Outcome, r.Note), ct));
}
