namespace MemberCard.Application.Kpis.UpdateKpiWeights;

using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Kpis.Common;
using MemberCard.Domain.Kpis;
using Microsoft.EntityFrameworkCore;

public sealed class UpdateKpiWeightsCommandHandler(IMemberCardDbContext db, TimeProvider clock) : ICommandHandler<UpdateKpiWeightsCommand, KpiWeightsDto>
{
    public async ValueTask<KpiWeightsDto> Handle(UpdateKpiWeightsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var weights = await db.KpiWeights.SingleOrDefaultAsync(cancellationToken);
        if (weights is null)
        {
            weights = KpiWeights.Default(now);
            db.KpiWeights.Add(weights);
        }

        weights.Change(command.NewCards!.Value, command.ActivationRate!.Value, command.ActiveMembers!.Value, command.PurchaseFrequency!.Value,
            command.AverageSpend!.Value, command.Redemptions!.Value, command.Satisfaction!.Value, now);
        await db.SaveChangesAsync(cancellationToken);
        return KpiWeightsDto.From(weights);
    }
}
