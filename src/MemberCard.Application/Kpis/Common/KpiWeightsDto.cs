namespace MemberCard.Application.Kpis.Common;

using MemberCard.Domain.Kpis;

public sealed record KpiWeightsDto(
    decimal NewCards,
    decimal ActivationRate,
    decimal ActiveMembers,
    decimal PurchaseFrequency,
    decimal AverageSpend,
    decimal Redemptions,
    decimal Satisfaction,
    DateTimeOffset UpdatedAt)
{
    public static KpiWeightsDto From(KpiWeights w) =>
        new(w.NewCards, w.ActivationRate, w.ActiveMembers, w.PurchaseFrequency, w.AverageSpend, w.Redemptions, w.Satisfaction, w.UpdatedAt);
}
