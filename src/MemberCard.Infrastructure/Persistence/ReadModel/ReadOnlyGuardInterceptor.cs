namespace MemberCard.Infrastructure.Persistence.ReadModel;

using Microsoft.EntityFrameworkCore.Diagnostics;

/// <summary>
/// The read model never saves: on the replica a write would fail anyway, but on the primary (the fallback) it
/// would succeed, outside the interceptors that keep the outbox, the audit and the KPI deltas in step.
/// </summary>
internal sealed class ReadOnlyGuardInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw ReadOnly();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        throw ReadOnly();

    private static InvalidOperationException ReadOnly() =>
        new("The read model (IReadModelDb) is read-only; write through IMemberCardDbContext.");
}
