namespace MemberCard.Application.MemberRights.ExportMyData;

/// <summary>
/// A referral the member made or was brought in by, seen from their side: the other member is not named (their
/// data is theirs), only the role this member played and the points it rewarded them (taken back again when ReversedAt is set).
/// </summary>
public sealed record ExportedReferral(
    Guid Id,
    string Role,
    string Code,
    string Status,
    string? RefusalReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RewardedAt,
    DateTimeOffset? ReversedAt,
    long PointsRewarded);
