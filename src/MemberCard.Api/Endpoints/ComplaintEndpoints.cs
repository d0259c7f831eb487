namespace MemberCard.Api.Endpoints;

using Mediator;
using MemberCard.Api.Auth;
using MemberCard.Application.Common.Models;
using MemberCard.Application.Complaints;
using MemberCard.Application.Complaints.AcknowledgeComplaint;
using MemberCard.Application.Complaints.ListComplaints;
using MemberCard.Application.Complaints.RateComplaint;
using MemberCard.Application.Complaints.RecordComplaint;
using MemberCard.Application.Complaints.ResolveComplaint;
using MemberCard.Application.Complaints.SubmitComplaint;
using MemberCard.Domain.Complaints;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>Complaints and feedback: members submit and rate, the branch concerned answers by the deadline, HQ oversees.</summary>
public static class ComplaintEndpoints
{
    public static IEndpointRouteBuilder MapComplaintEndpoints(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/v1/me").WithTags("Shopper").RequireAuthorization(AuthConstants.ShopperPolicy);
        me.MapPost("/complaints", SubmitAsync);
        me.MapGet("/complaints", MineAsync);
        me.MapPost("/complaints/{complaintId:guid}/satisfaction", RateAsync);

        var branch = app.MapGroup("/api/v1/branch").WithTags("Branch").RequireAuthorization(AuthConstants.BranchPolicy);
        branch.MapPost("/complaints", RecordAsync);
        branch.MapGet("/complaints", ListAsync);
        branch.MapPost("/complaints/{complaintId:guid}/acknowledge", AcknowledgeAsync);
        branch.MapPost("/complaints/{complaintId:guid}/resolve", ResolveAsync);

        app.MapGroup("/api/v1/hq").WithTags("Head office").RequireAuthorization(AuthConstants.HeadOfficePolicy)
            .MapGet("/complaints", AllAsync);
        return app;
    }

    private static async Task<Created<ComplaintDto>> SubmitAsync(MemberComplaintRequest r, ISender sender, CancellationToken ct) =>
        Created(await sender.Send(new SubmitComplaintCommand(r.Channel, r.Category, r.Content, r.BranchCode), ct));

    private static async Task<Ok<PagedResult<ComplaintDto>>> MineAsync(
        ISender sender, CancellationToken ct, ComplaintStatus? status = null, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await sender.Send(new ListComplaintsQuery(status, null, null, page, pageSize), ct));

    private static async Task<Ok<ComplaintDto>> RateAsync(Guid complaintId, SatisfactionRequest r, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RateComplaintCommand(complaintId, r.Score), ct));

    private static async Task<Created<ComplaintDto>> RecordAsync(StaffComplaintRequest r, ISender sender, CancellationToken ct) =>
        Created(await sender.Send(new RecordComplaintCommand(r.CardNumber, r.Phone, r.Channel, r.Category, r.Content, r.DueAt), ct));

    private static async Task<Ok<PagedResult<ComplaintDto>>> ListAsync(
        ISender sender, CancellationToken ct, ComplaintStatus? status = null, bool? overdue = null, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await sender.Send(new ListComplaintsQuery(status, overdue, null, page, pageSize), ct));

    private static async Task<Ok<ComplaintDto>> AcknowledgeAsync(Guid complaintId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new AcknowledgeComplaintCommand(complaintId), ct));

    private static async Task<Ok<ComplaintDto>> ResolveAsync(Guid complaintId, ComplaintResolutionRequest r, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ResolveComplaintCommand(complaintId, r.Resolution), ct));

    private static async Task<Ok<PagedResult<ComplaintDto>>> AllAsync(
        ISender sender, CancellationToken ct, ComplaintStatus? status = null, bool? overdue = null, string? branch = null, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await sender.Send(new ListComplaintsQuery(status, overdue, branch, page, pageSize), ct));

    private static Created<ComplaintDto> Created(ComplaintDto complaint) => TypedResults.Created($"/api/v1/branch/complaints/{complaint.Id}", complaint);
}
