namespace MemberCard.Application.CampaignPlans;

using MemberCard.Application.Common.Models;
using MemberCard.Domain.Campaigns;

public sealed record CampaignPlanDto(
    Guid Id,
    string BranchCode,
    string Title,
    string Goal,
    string Channel,
    CampaignPlanKind Kind,
    DateOnly StartsOn,
    DateOnly EndsOn,
    decimal Budget,
    IReadOnlyList<string> TargetCategories,
    CampaignPlanStatus Status,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DecidedAt,
    string? RejectionReason,
    decimal? Multiplier,
    Guid? PointsCampaignId)
{
    public static CampaignPlanDto From(CampaignPlan p, string branchCode) => new(
        p.Id, branchCode, p.Title, p.Goal, p.Channel, p.Kind, p.StartsOn, p.EndsOn, Yuan.Of(p.Budget), p.TargetCategories, p.Status, p.SubmittedAt,
        p.UpdatedAt, p.DecidedAt, p.RejectionReason, p.Multiplier, p.PointsCampaignId);
}
