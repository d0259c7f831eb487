namespace MemberCard.Application.MemberRights.ExportMyData;

/// <summary>
/// The member's data as one document: their own, so unmasked; WeChat links as presence only, never the raw
/// openids or card codes (tokens that would let someone else act as them).
/// </summary>
public sealed record MemberDataExport(
    DateTimeOffset ExportedAt,
    Guid MemberId,
    ExportedProfile Profile,
    ExportedWeChatLink WeChat,
    IReadOnlyList<ExportedCard> Cards,
    long PointsBalance,
    IReadOnlyList<ExportedLot> PointsLots,
    IReadOnlyList<ExportedLedgerEntry> PointsLedger,
    IReadOnlyList<ExportedPurchase> Purchases,
    IReadOnlyList<ExportedRedemption> Redemptions,
    IReadOnlyList<ExportedTierChange> TierChanges,
    IReadOnlyList<ExportedMilestoneClaim> MilestoneClaims,
    IReadOnlyList<ExportedAuditEntry> AuditEntries,
    IReadOnlyList<ExportedComplaint> Complaints,
    IReadOnlyList<ExportedBirthdayGift> BirthdayGifts,
    IReadOnlyList<ExportedFollowUpTask> FollowUpTasks,
    IReadOnlyList<ExportedNotification> Notifications,
    IReadOnlyList<ExportedWeChatEvent> WeChatEvents,
    string? ReferralCode,
    IReadOnlyList<ExportedReferral> Referrals,
    ExportedStoredValue StoredValue);
