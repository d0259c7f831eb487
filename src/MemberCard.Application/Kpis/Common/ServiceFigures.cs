namespace MemberCard.Application.Kpis.Common;

/// <summary>A branch's service KPIs for a period; null where the data does not exist (yet).</summary>
public sealed record ServiceFigures(
    int? Complaints,
    decimal? MedianHandlingHours,
    decimal? Satisfaction,
    int? CampaignParticipants,
    decimal? CampaignSpendUplift)
{
    public static ServiceFigures None { get; } = new(null, null, null, null, null);
}
