namespace MemberCard.Application.Referrals.Common;

using MemberCard.Domain.Purchases;

/// <summary>What counts as the purchase that rewards a referral (ADR 0016).</summary>
public static class ReferralRules
{
    /// <summary>
    /// A purchase qualifies when the member paid something in money for it: goods worth more than nothing after
    /// discounts, not entirely paid with points (points paying for a points reward would reward nothing).
    /// </summary>
    public static bool Qualifies(Purchase purchase) => purchase.NetAmount > 0 && purchase.AmountDue > 0;
}
