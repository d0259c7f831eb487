namespace MemberCard.Domain.Referrals;

public enum ReferralStatus
{
    /// <summary>Accepted at the application; waiting for the new member's first qualifying purchase.</summary>
    Pending,

    /// <summary>The first qualifying purchase committed: both members got their points.</summary>
    Rewarded,

    /// <summary>The rewarded purchase was fully returned within the window: the points were taken back.</summary>
    Reversed,

    /// <summary>Refused at the application (see <see cref="Referral.RefusalReason"/>); never rewarded.</summary>
    Refused,
}
