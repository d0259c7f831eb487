namespace MemberCard.Infrastructure.Kpis;

using MemberCard.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

/// <summary>
/// Keeps the KPI rollups in step with every save, in the same transaction: the batch is read off the change
/// tracker before the save and written right after EF's own statements, so the hot branch-day row is held for
/// as short a time as possible. A save outside any transaction gets one of its own for the two to share.
/// Registered after the domain-events interceptor, so whatever event handlers add is counted too.
/// </summary>
internal sealed class KpiRollupInterceptor : SaveChangesInterceptor
{
    private RollupBatch? _pending;
    private IDbContextTransaction? _own;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _pending = null;
        if (eventData.Context is MemberCardDbContext db)
        {
            var batch = await RollupCollector.CollectAsync(db, cancellationToken);
            if (!batch.IsEmpty)
            {
                _own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
                _pending = batch;
            }
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new InvalidOperationException("Save asynchronously so the KPI rollups can be kept.");

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_pending is not { } batch || eventData.Context is not MemberCardDbContext db)
        {
            return result;
        }

        _pending = null;
        try
        {
            await RollupWriter.ApplyAsync(db, batch, cancellationToken);
            if (_own is { } own)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await EndOwnTransactionAsync();
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending = null;
        await EndOwnTransactionAsync();
    }

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending = null;
        await EndOwnTransactionAsync();
    }

    /// <summary>Disposing an uncommitted transaction rolls it back.</summary>
    private async Task EndOwnTransactionAsync()
    {
        if (_own is { } own)
        {
            _own = null;
            await own.DisposeAsync();
        }
    }
}
