namespace MemberCard.Domain.Programme;

using MemberCard.Domain.Members;

/// <summary>Where a member's tier should go, by the programme's thresholds.</summary>
public static class TierPolicy
{
    public static Tier ForSpend(ProgrammeSettings programme, decimal spend) =>
        programme.Tiers.Where(t => spend >= t.SpendThreshold).Select(t => t.Tier).DefaultIfEmpty(Tier.Regular).Max();

    /// <summary>Upgrades only: the better of the rolling spend's tier and a qualifying single purchase.</summary>
    public static (Tier Tier, string Reason, decimal Basis) AfterPurchase(ProgrammeSettings programme, Tier current, decimal purchaseAmount, decimal rollingSpend)
    {
        var bySpend = ForSpend(programme, rollingSpend);
        var byPurchase = purchaseAmount >= programme.SinglePurchaseUpgradeThreshold ? Tier.Silver : Tier.Regular;
        if (bySpend > current && bySpend >= byPurchase)
        {
            return (bySpend, TierChange.RollingSpend, rollingSpend);
        }

        return byPurchase > current ? (byPurchase, TierChange.SinglePurchase, purchaseAmount) : (current, string.Empty, 0m);
    }

    /// <summary>The periodic review drops one tier when the review window's spend no longer meets the tier.</summary>
    public static Tier AfterReview(ProgrammeSettings programme, Tier current, decimal reviewSpend) =>
        current > Tier.Regular && reviewSpend < programme.RuleFor(current).SpendThreshold ? current - 1 : current;
}
