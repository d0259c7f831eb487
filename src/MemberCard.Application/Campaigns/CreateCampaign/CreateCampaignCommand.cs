namespace MemberCard.Application.Campaigns.CreateCampaign;

using Mediator;

/// <summary>An earning multiplier for a period; empty branch and category lists mean every branch and category.</summary>
public sealed record CreateCampaignCommand(
    string? Name, decimal? Multiplier, DateOnly? StartsOn, DateOnly? EndsOn, IReadOnlyList<Guid>? BranchIds, IReadOnlyList<string>? Categories)
    : ICommand<CampaignDto>;
