namespace MemberCard.Domain.Referrals;

/// <summary>Why a referral was refused; stable codes, stored on the referral and shown to head office.</summary>
public static class ReferralRefusal
{
    public const int MaxLength = 32;

    /// <summary>The new member shares a phone or a WeChat identity (openid, unionid) with the referrer.</summary>
    public const string SelfReferral = "self_referral";

    /// <summary>The referrer already has the month's maximum of accepted referrals.</summary>
    public const string MonthlyCap = "monthly_cap";
}
