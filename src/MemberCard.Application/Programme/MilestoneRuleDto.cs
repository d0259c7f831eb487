namespace MemberCard.Application.Programme;

public sealed record MilestoneRuleDto(long? Points, decimal? GiftValue);
