namespace MemberCard.Api.Endpoints;

using MemberCard.Domain.Campaigns;
using MemberCard.Domain.Complaints;

// Request bodies of the member-service routes (complaints, campaign plans); see Requests.cs for why they
// are the API's own.

public sealed record MemberComplaintRequest(ComplaintCategory? Category, string? Content, ComplaintChannel? Channel, string? BranchCode);

public sealed record StaffComplaintRequest(
    string? CardNumber, string? Phone, ComplaintChannel? Channel, ComplaintCategory? Category, string? Content, DateTimeOffset? DueAt);

public sealed record ComplaintResolutionRequest(string? Resolution);

public sealed record SatisfactionRequest(int? Score);

/// <summary>A plan's details; <c>draft: true</c> on filing keeps it as the branch's draft (ignored when revising).</summary>
public sealed record CampaignPlanRequest(
    string? Title, string? Goal, string? Channel, DateOnly? StartsOn, DateOnly? EndsOn, decimal? Budget, CampaignPlanKind? Kind,
    IReadOnlyList<string>? TargetCategories, bool? Draft = null);

public sealed record PlanApprovalRequest(decimal? Multiplier);

public sealed record PlanRejectionRequest(string? Reason);
