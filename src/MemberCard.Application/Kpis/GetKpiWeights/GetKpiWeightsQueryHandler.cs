namespace MemberCard.Application.Kpis.GetKpiWeights;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Kpis.Common;

public sealed class GetKpiWeightsQueryHandler(IMemberCardDbContext db, TimeProvider clock) : IQueryHandler<GetKpiWeightsQuery, KpiWeightsDto>
{
    public async ValueTask<KpiWeightsDto> Handle(GetKpiWeightsQuery query, CancellationToken cancellationToken) =>
        KpiWeightsDto.From(await KpiBoard.WeightsAsync(db, clock.GetUtcNow(), cancellationToken));
}
