namespace MemberCard.Api.Endpoints;

public sealed record KpiWeightsRequest(
    decimal? NewCards,
    decimal? ActivationRate,
    decimal? ActiveMembers,
    decimal? PurchaseFrequency,
    decimal? AverageSpend,
    decimal? Redemptions,
    decimal? Satisfaction);
