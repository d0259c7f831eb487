namespace MemberCard.Domain.Referrals;

using MemberCard.Domain.Branches;
using MemberCard.Domain.Common;
using MemberCard.Domain.Members;
using MemberCard.Domain.Points;

/// <summary>
/// One member introducing another, recorded when the new member's application names the referrer's code.
/// Accepted referrals wait for the new member's first qualifying purchase, which rewards both sides once;
/// a full return of that purchase within the window takes the rewards back. Refused ones keep their reason.
/// </summary>
public sealed class Referral
{
    public const string LedgerReason = "referral";

    private Referral()
    {
        Code = string.Empty;
    }

    public Guid Id { get; private set; }

    public MemberId ReferrerId { get; private set; }

    public MemberId RefereeId { get; private set; }

    /// <summary>The new member's home branch: the branch that gained the member, whose KPIs count the referral.</summary>
    public BranchId BranchId { get; private set; }

    public BranchId ReferrerBranchId { get; private set; }

    public string Code { get; private set; }

    public ApplicationChannel Channel { get; private set; }

    public ReferralStatus Status { get; private set; }

    public string? RefusalReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Business date of the application: the month a referral counts for, in the cap and the KPIs.</summary>
    public DateOnly CreatedOn { get; private set; }

    /// <summary>The new member's first qualifying purchase, which rewarded the referral.</summary>
    public Guid? PurchaseId { get; private set; }

    public DateTimeOffset? RewardedAt { get; private set; }

    public long ReferrerPoints { get; private set; }

    public long RefereePoints { get; private set; }

    public PointsLotId? ReferrerLotId { get; private set; }

    public PointsLotId? RefereeLotId { get; private set; }

    public DateTimeOffset? ReversedAt { get; private set; }

    /// <summary>Reward points a reversal could not take back because they had been spent; forgiven, kept on record.</summary>
    public long ReferrerShortfall { get; private set; }

    public long RefereeShortfall { get; private set; }

    /// <summary>
    /// Records <paramref name="referee"/>'s application naming <paramref name="referrer"/>'s code. Refused when the
    /// two share an identity or the referrer already has <paramref name="monthlyCap"/> accepted referrals this month
    /// (<paramref name="acceptedThisMonth"/>); otherwise pending, and the new member is marked as awaiting it.
    /// </summary>
    public static Referral Record(
        Member referrer, Member referee, ApplicationChannel channel, int acceptedThisMonth, int monthlyCap, DateTimeOffset now, DateOnly today)
    {
        var referral = new Referral
        {
            Id = Guid.CreateVersion7(),
            ReferrerId = referrer.Id,
            RefereeId = referee.Id,
            BranchId = referee.HomeBranchId,
            ReferrerBranchId = referrer.HomeBranchId,
            Code = referrer.ReferralCode ?? throw new InvalidOperationException("The referrer has no referral code."),
            Channel = channel,
            Status = ReferralStatus.Pending,
            CreatedAt = now,
            CreatedOn = today,
        };

        if (IsSelfReferral(referrer, referee))
        {
            referral.Refuse(ReferralRefusal.SelfReferral);
        }
        else if (acceptedThisMonth >= monthlyCap)
        {
            referral.Refuse(ReferralRefusal.MonthlyCap);
        }
        else
        {
            referee.AwaitReferralReward(referral.Id);
        }

        return referral;
    }

    /// <summary>
    /// Two members are one person when they share the phone (or the referrer's number waiting for verification)
    /// or any WeChat identity. Active members cannot share these (unique indexes), so this mostly catches the
    /// referrer's own second number and identities linked after the application.
    /// </summary>
    public static bool IsSelfReferral(Member referrer, Member referee) =>
        referrer.Id == referee.Id
        || referrer.Phone == referee.Phone
        || referrer.PendingPhone == referee.Phone
        || (referee.PendingPhone is { } pending && (pending == referrer.Phone || pending == referrer.PendingPhone))
        || Same(referrer.MiniProgramOpenId, referee.MiniProgramOpenId)
        || Same(referrer.OfficialAccountOpenId, referee.OfficialAccountOpenId)
        || Same(referrer.UnionId, referee.UnionId);

    /// <summary>
    /// The new member's first qualifying purchase committed: credits both sides as gift lots (a referrer who has
    /// left the programme gets nothing) and settles the referral. The identities are checked again, as they may
    /// have been linked since the application; a self-referral found now is refused instead.
    /// </summary>
    public void Reward(
        Member referrer, PointsWallet referrerWallet, Member referee, PointsWallet refereeWallet, Guid purchaseId,
        ReferralSettings settings, DateOnly expiresOn, PointsContext context)
    {
        EnsurePendingFor(referee);
        referee.ReferralSettled();
        if (IsSelfReferral(referrer, referee))
        {
            Refuse(ReferralRefusal.SelfReferral);
            return;
        }

        var referenced = context with { ReferenceId = Id, Reason = LedgerReason };
        if (settings.RefereePoints > 0)
        {
            RefereeLotId = refereeWallet.Credit(LedgerEntryKind.Gift, settings.RefereePoints, expiresOn, referenced).LotId;
            RefereePoints = settings.RefereePoints;
        }

        if (settings.ReferrerPoints > 0 && referrer.Status == MemberStatus.Active)
        {
            ReferrerLotId = referrerWallet.Credit(LedgerEntryKind.Gift, settings.ReferrerPoints, expiresOn, referenced).LotId;
            ReferrerPoints = settings.ReferrerPoints;
        }

        Status = ReferralStatus.Rewarded;
        PurchaseId = purchaseId;
        RewardedAt = context.OccurredAt;
    }

    /// <summary>
    /// The rewarded purchase came back in full within the window: takes both rewards back, from their own lots
    /// first. Points already spent are not charged to anyone (neither member is at a till to pay for them):
    /// the shortfall is forgiven and kept on the referral.
    /// </summary>
    public void Reverse(PointsWallet? referrerWallet, PointsWallet refereeWallet, PointsContext context)
    {
        if (Status != ReferralStatus.Rewarded)
        {
            throw new DomainException("referral.not_rewarded", "Only a rewarded referral can be reversed.");
        }

        var referenced = context with { ReferenceId = Id, Reason = LedgerReason };
        RefereeShortfall = refereeWallet.Reverse(RefereePoints, RefereeLotId, referenced).Shortfall;
        ReferrerShortfall = ReferrerPoints > 0 && referrerWallet is not null
            ? referrerWallet.Reverse(ReferrerPoints, ReferrerLotId, referenced).Shortfall
            : 0;
        Status = ReferralStatus.Reversed;
        ReversedAt = context.OccurredAt;
    }

    private static bool Same(string? a, string? b) => a is not null && a == b;

    private void EnsurePendingFor(Member referee)
    {
        if (Status != ReferralStatus.Pending || referee.Id != RefereeId || referee.PendingReferralId != Id)
        {
            throw new DomainException("referral.not_pending", "The referral is not waiting for this member's purchase.");
        }
    }

    private void Refuse(string reason)
    {
        Status = ReferralStatus.Refused;
        RefusalReason = reason;
    }
}
