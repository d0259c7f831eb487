namespace MemberCard.Api.Endpoints;

using Mediator;
using MemberCard.Api.Auth;
using MemberCard.Application.Kpis.Common;
using MemberCard.Application.Kpis.ExportKpis;
using MemberCard.Application.Kpis.GetBranchKpis;
using MemberCard.Application.Kpis.GetKpiTrend;
using MemberCard.Application.Kpis.GetKpiWeights;
using MemberCard.Application.Kpis.ListKpis;
using MemberCard.Application.Kpis.UpdateKpiWeights;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>Monthly KPIs: a branch reads its own; head office reads all, exports them, sees the trend and sets the score weights.</summary>
public static class KpiEndpoints
{
    public static IEndpointRouteBuilder MapKpiEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/branch").WithTags("KPIs").RequireAuthorization(AuthConstants.BranchPolicy)
            .MapGet("/kpis", GetOwnAsync);

        var hq = app.MapGroup("/api/v1/hq").WithTags("KPIs").RequireAuthorization(AuthConstants.HeadOfficePolicy);
        hq.MapGet("/kpis", ListAsync);
        hq.MapGet("/kpis.csv", ExportAsync);
        hq.MapGet("/kpis/trend", TrendAsync);
        hq.MapGet("/kpi-weights", GetWeightsAsync);
        hq.MapPut("/kpi-weights", UpdateWeightsAsync);
        return app;
    }

    private static async Task<Ok<BranchKpisDto>> GetOwnAsync(ISender sender, CancellationToken ct, string? month = null) =>
        TypedResults.Ok(await sender.Send(new GetBranchKpisQuery(month), ct));

    private static async Task<Ok<KpiReportDto>> ListAsync(ISender sender, CancellationToken ct, string? month = null, string? branch = null) =>
        TypedResults.Ok(await sender.Send(new ListKpisQuery(month, branch), ct));

    private static async Task<FileContentHttpResult> ExportAsync(ISender sender, CancellationToken ct, string? month = null, string? branch = null)
    {
        var file = await sender.Send(new ExportKpisQuery(month, branch), ct);
        return TypedResults.File(file.Content, "text/csv; charset=utf-8", file.FileName);
    }

    private static async Task<Ok<KpiTrendDto>> TrendAsync(ISender sender, CancellationToken ct, int months = 12, string? to = null) =>
        TypedResults.Ok(await sender.Send(new GetKpiTrendQuery(months, to), ct));

    private static async Task<Ok<KpiWeightsDto>> GetWeightsAsync(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetKpiWeightsQuery(), ct));

    private static async Task<Ok<KpiWeightsDto>> UpdateWeightsAsync(KpiWeightsRequest r, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateKpiWeightsCommand(
            r.NewCards, r.ActivationRate, r.ActiveMembers, r.PurchaseFrequency, r.AverageSpend, r.Redemptions, r.Satisfaction), ct));
}
