namespace MemberCard.Application.CampaignPlans.GetCampaignResults;

using MemberCard.Domain.Campaigns;

/// <summary>Uplifts are percentages of the baseline, null when the baseline is zero.</summary>
public sealed record CampaignResultsDto(
    Guid PlanId,
    string BranchCode,
    CampaignPlanStatus Status,
    PeriodFigures Campaign,
    PeriodFigures Baseline,
    decimal? SpendUpliftPercent,
    decimal? ParticipantsUpliftPercent);
