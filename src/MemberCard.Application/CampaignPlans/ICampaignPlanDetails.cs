namespace MemberCard.Application.CampaignPlans;

using MemberCard.Domain.Campaigns;

/// <summary>What a branch writes in a plan, whether it files it, drafts it or revises a draft: one set of rules checks all three.</summary>
public interface ICampaignPlanDetails
{
    string? Title { get; }

    string? Goal { get; }

    string? Channel { get; }

    DateOnly? StartsOn { get; }

    DateOnly? EndsOn { get; }

    decimal? Budget { get; }

    CampaignPlanKind? Kind { get; }

    IReadOnlyList<string>? TargetCategories { get; }
}
