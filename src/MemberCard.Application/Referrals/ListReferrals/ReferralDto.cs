namespace MemberCard.Application.Referrals.ListReferrals;

/// <summary>A referral as head office reviews it: both members by id and masked name, the outcome and its points.</summary>
public sealed record ReferralDto(
    Guid Id,
    string Status,
    string? RefusalReason,
    string Code,
    string Channel,
    Guid BranchId,
    string BranchCode,
    Guid ReferrerId,
    string ReferrerMaskedName,
    Guid RefereeId,
    string RefereeMaskedName,
    DateTimeOffset CreatedAt,
    Guid? PurchaseId,
    DateTimeOffset? RewardedAt,
    long ReferrerPoints,
    long RefereePoints,
    DateTimeOffset? ReversedAt,
    long ReferrerShortfall,
    long RefereeShortfall);
