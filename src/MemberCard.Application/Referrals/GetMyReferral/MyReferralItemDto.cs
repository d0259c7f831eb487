namespace MemberCard.Application.Referrals.GetMyReferral;

/// <summary>One member the shopper referred: only the masked name, never the phone.</summary>
public sealed record MyReferralItemDto(
    Guid Id, string MaskedName, string Status, string? RefusalReason, DateTimeOffset CreatedAt, DateTimeOffset? RewardedAt, long PointsAwarded);
