namespace MemberCard.Domain.Kpis;

using MemberCard.Domain.Common;

/// <summary>
/// How much each KPI counts in a branch's score, set by head office. One row for the chain. A KPI that has no
/// value for any branch in a month (e.g. satisfaction before complaints are recorded) drops out of that
/// month's score and the other weights are scaled up to fill its place.
/// </summary>
public sealed class KpiWeights
{
    public const int SingletonId = 1;
    public const decimal MaxWeight = 100m;

    private KpiWeights()
    {
    }

    public int Id { get; private set; }

    public decimal NewCards { get; private set; }

    public decimal ActivationRate { get; private set; }

    public decimal ActiveMembers { get; private set; }

    public decimal PurchaseFrequency { get; private set; }

    public decimal AverageSpend { get; private set; }

    public decimal Redemptions { get; private set; }

    public decimal Satisfaction { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The defaults (documented in docs/kpis.md): growth and engagement first, then value and loyalty.</summary>
    public static KpiWeights Default(DateTimeOffset now) => new()
    {
        Id = SingletonId,
        NewCards = 20m,
        ActivationRate = 10m,
        ActiveMembers = 25m,
        PurchaseFrequency = 15m,
        AverageSpend = 15m,
        Redemptions = 5m,
        Satisfaction = 10m,
        UpdatedAt = now,
    };

    public void Change(
        decimal newCards, decimal activationRate, decimal activeMembers, decimal purchaseFrequency, decimal averageSpend, decimal redemptions,
        decimal satisfaction, DateTimeOffset now)
    {
        decimal[] all = [newCards, activationRate, activeMembers, purchaseFrequency, averageSpend, redemptions, satisfaction];
        if (all.Any(w => w < 0 || w > MaxWeight))
        {
            throw new DomainException("kpi.weight_out_of_range", $"Each weight is between 0 and {MaxWeight}.");
        }

        if (all.Sum() == 0)
        {
            throw new DomainException("kpi.weights_all_zero", "At least one weight must be positive.");
        }

        NewCards = newCards;
        ActivationRate = activationRate;
        ActiveMembers = activeMembers;
        PurchaseFrequency = purchaseFrequency;
        AverageSpend = averageSpend;
        Redemptions = redemptions;
        Satisfaction = satisfaction;
        UpdatedAt = now;
    }
}
