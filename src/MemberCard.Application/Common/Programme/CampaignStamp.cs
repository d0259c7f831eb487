namespace MemberCard.Application.Common.Programme;

/// <summary>
/// Cheap to read, and different after any campaign covering a day is added or removed: how many there are and
/// when the latest was created (campaigns are never edited in place).
/// </summary>
public readonly record struct CampaignStamp(int Count, DateTimeOffset? LatestCreatedAt);
