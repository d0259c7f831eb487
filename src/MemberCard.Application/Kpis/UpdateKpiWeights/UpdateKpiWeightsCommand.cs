namespace MemberCard.Application.Kpis.UpdateKpiWeights;

using Mediator;
using MemberCard.Application.Kpis.Common;

/// <summary>Replaces every weight of the branch score at once.</summary>
public sealed record UpdateKpiWeightsCommand(
    decimal? NewCards,
    decimal? ActivationRate,
    decimal? ActiveMembers,
    decimal? PurchaseFrequency,
    decimal? AverageSpend,
    decimal? Redemptions,
    decimal? Satisfaction) : ICommand<KpiWeightsDto>;
