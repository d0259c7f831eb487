namespace MemberCard.Infrastructure.Kpis;

using MemberCard.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Diagnostics;

/// <summary>
/// Counts every save in the KPI rollups without touching them: what the save adds is read off the change
/// tracker and appended as <see cref="KpiDelta"/> rows to the same save, so EF sends them in the batch it sends
/// anyway (no round trip, no shared row to lock, same transaction and durability as the change itself).
/// <see cref="KpiDeltaFolder"/> adds them into the rollups later. Registered after the domain-events
/// interceptor, so whatever event handlers add is counted too. Holds no state: one instance serves every context.
/// </summary>
internal sealed class KpiRollupInterceptor : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is MemberCardDbContext db)
        {
            var batch = await RollupCollector.CollectAsync(db, cancellationToken);
            if (!batch.IsEmpty)
            {
                db.Set<KpiDelta>().AddRange(batch.ToDeltas());
            }
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new InvalidOperationException("Save asynchronously so the KPI rollups can be kept.");
}
