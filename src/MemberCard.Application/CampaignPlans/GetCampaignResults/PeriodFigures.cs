namespace MemberCard.Application.CampaignPlans.GetCampaignResults;

/// <summary>
/// What one period brought at the branch: members who bought (each once), what they spent net of what was
/// later returned from those purchases, and first cards the branch issued.
/// </summary>
public sealed record PeriodFigures(DateOnly From, DateOnly To, int Participants, decimal Spend, int NewMembers);
