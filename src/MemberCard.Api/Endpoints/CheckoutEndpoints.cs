namespace MemberCard.Api.Endpoints;

using System.Text;
using Mediator;
using MemberCard.Api.Auth;
using MemberCard.Application.Checkout.Common;
using MemberCard.Application.Checkout.CommitPurchase;
using MemberCard.Application.Checkout.QuoteCheckout;
using MemberCard.Application.Returns.ReturnPurchase;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

/// <summary>The till: quote, commit (idempotent per receipt), returns.</summary>
public static class CheckoutEndpoints
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public static IEndpointRouteBuilder MapCheckoutEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/branch").WithTags("Till").RequireAuthorization(AuthConstants.BranchPolicy);
        group.MapPost("/checkout/quote", QuoteAsync);
        group.MapPost("/purchases", CommitAsync).Produces<PurchaseReceipt>(StatusCodes.Status201Created);
        group.MapPost("/purchases/{receiptNo}/returns", ReturnAsync);
        return app;
    }

    private static async Task<Ok<QuoteDto>> QuoteAsync(QuoteRequest r, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new QuoteCheckoutQuery(r.Code, r.Lines, r.PointsUsed, r.IsCardApplicationPurchase), ct));

    /// <summary>
    /// A replay answers exactly like the first commit, marked by a header so the till can tell. The receipt goes
    /// out as the JSON the command already made of it, so the hot path serializes it once.
    /// </summary>
    private static async Task<ContentHttpResult> CommitAsync(
        PurchaseRequest r, [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey, HttpContext http, ISender sender, CancellationToken ct)
    {
        var outcome = await sender.Send(
            new CommitPurchaseCommand(r.ReceiptNo, r.Code, r.Lines, r.PointsUsed, r.IsCardApplicationPurchase, r.Payments, idempotencyKey), ct);
        http.Response.Headers[ReplayedHeader] = outcome.Replayed ? "true" : "false";
        http.Response.Headers.Location = $"/api/v1/branch/purchases/{Uri.EscapeDataString(outcome.Receipt.ReceiptNo)}";
        return TypedResults.Content(outcome.Json, "application/json", Encoding.UTF8, StatusCodes.Status201Created);
    }

    private static async Task<Ok<ReturnReceipt>> ReturnAsync(
        string receiptNo, ReturnRequest r, ISender sender, CancellationToken ct, string? branchCode = null) =>
        TypedResults.Ok(await sender.Send(new ReturnPurchaseCommand(receiptNo, branchCode, r.Lines), ct));
}
