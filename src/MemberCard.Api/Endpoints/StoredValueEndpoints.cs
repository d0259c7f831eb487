namespace MemberCard.Api.Endpoints;

using System.Text;
using Mediator;
using MemberCard.Api.Auth;
using MemberCard.Application.Common.Models;
using MemberCard.Application.StoredValue.AdjustStoredValue;
using MemberCard.Application.StoredValue.Common;
using MemberCard.Application.StoredValue.ConfirmTopUpPayment;
using MemberCard.Application.StoredValue.CreateTopUpOrder;
using MemberCard.Application.StoredValue.CreateTopUpPackage;
using MemberCard.Application.StoredValue.GetMyStoredValue;
using MemberCard.Application.StoredValue.GetMyStoredValueLedger;
using MemberCard.Application.StoredValue.GetStoredValueSettings;
using MemberCard.Application.StoredValue.GetStoredValueSummary;
using MemberCard.Application.StoredValue.GetTopUpReceipt;
using MemberCard.Application.StoredValue.ListTopUpPackages;
using MemberCard.Application.StoredValue.RefundPrincipal;
using MemberCard.Application.StoredValue.TopUpAtTill;
using MemberCard.Application.StoredValue.UpdateStoredValueSettings;
using MemberCard.Application.StoredValue.UpdateTopUpPackage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

/// <summary>Stored value (储值): top-ups at the till and online, the balance, refunds, packages, settings, figures.</summary>
public static class StoredValueEndpoints
{
    public const string PaymentTimestampHeader = "X-Payment-Timestamp";
    public const string PaymentSignatureHeader = "X-Payment-Signature";

    private const int MaxConfirmationBytes = 4096;

    public static IEndpointRouteBuilder MapStoredValueEndpoints(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/v1/me").WithTags("Shopper").RequireAuthorization(AuthConstants.ShopperPolicy);
        me.MapGet("/stored-value", MyBalanceAsync);
        me.MapGet("/stored-value/ledger", MyLedgerAsync);
        me.MapGet("/stored-value/packages", OfferedPackagesAsync);
        me.MapPost("/stored-value/top-up-orders", OrderAsync);

        var branch = app.MapGroup("/api/v1/branch").WithTags("Till").RequireAuthorization(AuthConstants.BranchPolicy);
        branch.MapPost("/top-ups", TopUpAsync).Produces<TopUpReceipt>(StatusCodes.Status201Created);
        branch.MapGet("/top-ups/{receiptNo}", TopUpReceiptAsync);
        branch.MapGet("/top-up-packages", OfferedPackagesAsync);
        branch.MapPost("/stored-value/refunds", RefundAsync);
        branch.MapGet("/stored-value/summary", BranchSummaryAsync);

        var hq = app.MapGroup("/api/v1/hq/stored-value").WithTags("Head office").RequireAuthorization(AuthConstants.HeadOfficePolicy);
        hq.MapGet("/settings", SettingsAsync);
        hq.MapPut("/settings", UpdateSettingsAsync);
        hq.MapGet("/packages", AllPackagesAsync);
        hq.MapPost("/packages", CreatePackageAsync);
        hq.MapPut("/packages/{packageId:guid}", UpdatePackageAsync);
        hq.MapPost("/refunds", RefundAsync);
        hq.MapGet("/summary", SummaryAsync);
        app.MapPost("/api/v1/hq/members/{memberId:guid}/stored-value/adjustments", AdjustAsync)
            .WithTags("Head office").RequireAuthorization(AuthConstants.HeadOfficePolicy);

        // The payment provider's confirmation carries no credential of ours: its signature is checked instead.
        app.MapPost("/api/v1/payments/top-up-confirmations", ConfirmAsync).WithTags("Payments").AllowAnonymous();
        return app;
    }

    private static async Task<Ok<StoredValueBalanceDto>> MyBalanceAsync(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetMyStoredValueQuery(), ct));

    private static async Task<Ok<PagedResult<StoredValueEntryDto>>> MyLedgerAsync(ISender sender, CancellationToken ct, int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await sender.Send(new GetMyStoredValueLedgerQuery(page, pageSize), ct));

    private static async Task<Ok<IReadOnlyList<TopUpPackageDto>>> OfferedPackagesAsync(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListTopUpPackagesQuery(ActiveOnly: true), ct));

    private static async Task<Created<TopUpOrderDto>> OrderAsync(TopUpOrderRequest r, ISender sender, CancellationToken ct)
    {
        var order = await sender.Send(new CreateTopUpOrderCommand(r.Amount, r.PackageId), ct);
        return TypedResults.Created($"/api/v1/me/stored-value/top-up-orders/{order.OrderId}", order);
    }

    /// <summary>Like the purchase commit: a replay answers exactly as the first top-up did, marked by a header.</summary>
    private static async Task<ContentHttpResult> TopUpAsync(
        TopUpRequest r, [FromHeader(Name = CheckoutEndpoints.IdempotencyKeyHeader)] string? idempotencyKey, HttpContext http, ISender sender, CancellationToken ct)
    {
        var outcome = await sender.Send(new TopUpAtTillCommand(r.ReceiptNo, r.Code, r.Amount, r.PackageId, r.PaymentMethod, idempotencyKey), ct);
        http.Response.Headers[CheckoutEndpoints.ReplayedHeader] = outcome.Replayed ? "true" : "false";
        http.Response.Headers.Location = $"/api/v1/branch/top-ups/{Uri.EscapeDataString(outcome.Receipt.ReceiptNo)}";
        return TypedResults.Content(outcome.Json, "application/json", Encoding.UTF8, StatusCodes.Status201Created);
    }

    private static async Task<Ok<TopUpReceipt>> TopUpReceiptAsync(string receiptNo, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetTopUpReceiptQuery(receiptNo), ct));

    private static async Task<Ok<RefundReceipt>> RefundAsync(StoredValueRefundRequest r, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RefundPrincipalCommand(r.CardNumber, r.ApprovedBy, r.Reason), ct));

    private static async Task<Created<StoredValueEntryDto>> AdjustAsync(Guid memberId, StoredValueAdjustmentRequest r, ISender sender, CancellationToken ct)
    {
        var entry = await sender.Send(new AdjustStoredValueCommand(memberId, r.Principal, r.Bonus, r.Reason), ct);
        return TypedResults.Created($"/api/v1/hq/members/{memberId}/stored-value/adjustments/{entry.Id}", entry);
    }

    private static async Task<Ok<StoredValueSummaryRow>> BranchSummaryAsync(ISender sender, CancellationToken ct, string? month = null) =>
        TypedResults.Ok((await sender.Send(new GetStoredValueSummaryQuery(month), ct))[0]);

    private static async Task<Ok<IReadOnlyList<StoredValueSummaryRow>>> SummaryAsync(ISender sender, CancellationToken ct, string? month = null) =>
        TypedResults.Ok(await sender.Send(new GetStoredValueSummaryQuery(month), ct));

    private static async Task<Ok<StoredValueSettingsDto>> SettingsAsync(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetStoredValueSettingsQuery(), ct));

    private static async Task<Ok<StoredValueSettingsDto>> UpdateSettingsAsync(StoredValueSettingsRequest r, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateStoredValueSettingsCommand(r.MaxBalance, r.SpendOrder, r.DepositsCountForTier), ct));

    private static async Task<Ok<IReadOnlyList<TopUpPackageDto>>> AllPackagesAsync(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListTopUpPackagesQuery(ActiveOnly: false), ct));

    private static async Task<Created<TopUpPackageDto>> CreatePackageAsync(TopUpPackageRequest r, ISender sender, CancellationToken ct)
    {
        var package = await sender.Send(new CreateTopUpPackageCommand(r.Name, r.Pay, r.Bonus), ct);
        return TypedResults.Created($"/api/v1/hq/stored-value/packages/{package.Id}", package);
    }

    private static async Task<Ok<TopUpPackageDto>> UpdatePackageAsync(Guid packageId, TopUpPackageRequest r, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateTopUpPackageCommand(packageId, r.Name, r.Pay, r.Bonus, r.Active), ct));

    /// <summary>The signature covers the exact bytes sent, so the body is read raw (and bounded), not bound to a record.</summary>
    private static async Task<Ok<TopUpOrderDto>> ConfirmAsync(HttpRequest request, ISender sender, CancellationToken ct)
    {
        if (request.ContentLength > MaxConfirmationBytes)
        {
            throw new BadHttpRequestException("The confirmation is too large.", StatusCodes.Status413PayloadTooLarge);
        }

        using var reader = new StreamReader(request.Body, new UTF8Encoding(false));
        var buffer = new char[MaxConfirmationBytes + 1];
        var length = await reader.ReadBlockAsync(buffer.AsMemory(), ct);
        if (length > MaxConfirmationBytes)
        {
            throw new BadHttpRequestException("The confirmation is too large.", StatusCodes.Status413PayloadTooLarge);
        }

        return TypedResults.Ok(await sender.Send(
            new ConfirmTopUpPaymentCommand(new string(buffer, 0, length), request.Headers[PaymentTimestampHeader], request.Headers[PaymentSignatureHeader]), ct));
    }
}
