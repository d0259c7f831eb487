namespace MemberCard.Domain.Programme;

using MemberCard.Domain.Common;

/// <summary>What one tier gives and what it takes to reach it.</summary>
public sealed class TierRule
{
    public const int BenefitsMaxLength = 500;

    private TierRule()
    {
        Benefits = string.Empty;
    }

    public Tier Tier { get; private set; }

    /// <summary>Price factor on regular-price goods: 0.95 means 5% off.</summary>
    public decimal DiscountRate { get; private set; }

    public decimal PointsMultiplier { get; private set; }

    /// <summary>Rolling 12-month spend in yuan that reaches this tier (0 for Regular).</summary>
    public decimal SpendThreshold { get; private set; }

    public string Benefits { get; private set; }

    public static TierRule Create(Tier tier, decimal discountRate, decimal pointsMultiplier, decimal spendThreshold, string benefits)
    {
        if (discountRate is <= 0m or > 1m)
        {
            throw new DomainException("programme.discount_invalid", "A tier discount rate is greater than 0 and at most 1.");
        }

        if (pointsMultiplier is < 0m or > 100m)
        {
            throw new DomainException("programme.multiplier_invalid", "A points multiplier is between 0 and 100.");
        }

        if (spendThreshold < 0m)
        {
            throw new DomainException("programme.threshold_invalid", "A spend threshold cannot be negative.");
        }

        return new TierRule
        {
            Tier = tier,
            DiscountRate = discountRate,
            PointsMultiplier = pointsMultiplier,
            SpendThreshold = spendThreshold,
            Benefits = benefits?.Trim() ?? string.Empty,
        };
    }
}
