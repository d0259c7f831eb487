namespace MemberCard.Application.Kpis.GetKpiWeights;

using Mediator;
using MemberCard.Application.Kpis.Common;

public sealed record GetKpiWeightsQuery : IQuery<KpiWeightsDto>;
