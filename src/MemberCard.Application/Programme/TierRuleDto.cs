namespace MemberCard.Application.Programme;

using MemberCard.Domain.Programme;

public sealed record TierRuleDto(Tier? Tier, decimal? DiscountRate, decimal? PointsMultiplier, decimal? SpendThreshold, string? Benefits);
