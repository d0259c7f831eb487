namespace MemberCard.Api.Endpoints;

using Mediator;
using MemberCard.Api.Auth;
using MemberCard.Application.Common.Models;
using MemberCard.Application.Outbox.ListOutboxMessages;
using MemberCard.Application.Outbox.RetryOutboxMessage;
using MemberCard.Domain.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>Head office watches what WeChat has not been told yet, and sends parked messages again.</summary>
public static class OutboxEndpoints
{
    public static IEndpointRouteBuilder MapOutboxEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/hq").WithTags("Outbox").RequireAuthorization(AuthConstants.HeadOfficePolicy);
        group.MapGet("/outbox", ListAsync);
        group.MapPost("/outbox/{id:long}/retry", RetryAsync);
        return app;
    }

    private static async Task<Ok<PagedResult<OutboxMessageDto>>> ListAsync(
        ISender sender, CancellationToken ct, OutboxStatus? status = OutboxStatus.Failed, Guid? memberId = null, int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await sender.Send(new ListOutboxMessagesQuery(status, memberId, page, pageSize), ct));

    private static async Task<Ok<OutboxMessageDto>> RetryAsync(long id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RetryOutboxMessageCommand(id), ct));
}
