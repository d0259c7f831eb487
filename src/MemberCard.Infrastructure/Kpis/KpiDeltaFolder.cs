namespace MemberCard.Infrastructure.Kpis;

using MemberCard.Application.Kpis.Common;
using Microsoft.Extensions.Options;
using Npgsql;

/// <summary>
/// Adds the pending <see cref="KpiDelta"/> rows into the rollups, a bounded batch per transaction, under a
/// transaction-scoped advisory lock that every instance and the rebuild share: one fold at a time, so the
/// upserts never wait on each other. (Without the lock each delta would still be folded once: a second
/// DELETE of a row another fold deleted skips it.)
/// </summary>
internal sealed class KpiDeltaFolder(NpgsqlDataSource dataSource, IOptions<KpiDeltaFoldOptions> options) : IKpiDeltaFolder
{
    public async Task<int> FoldAsync(CancellationToken cancellationToken) =>
        await FoldAsync(wait: true, cancellationToken) ?? 0;

    /// <summary>The background service's fold: skipped (null) while another instance holds the lock.</summary>
    public Task<int?> TryFoldAsync(CancellationToken cancellationToken) => FoldAsync(wait: false, cancellationToken);

    private async Task<int?> FoldAsync(bool wait, CancellationToken cancellationToken)
    {
        var batch = options.Value.BatchSize;
        var total = 0;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        while (true)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var lockCommand = new NpgsqlCommand(
                wait ? "SELECT true FROM pg_advisory_xact_lock(hashtextextended(@key, 0))" : "SELECT pg_try_advisory_xact_lock(hashtextextended(@key, 0))",
                connection,
                transaction))
            {
                lockCommand.Parameters.AddWithValue("key", KpiDeltaSql.FoldLockKey);
                if (await lockCommand.ExecuteScalarAsync(cancellationToken) is not true)
                {
                    return null;
                }
            }

            await using var fold = new NpgsqlCommand(KpiDeltaSql.Fold, connection, transaction);
            fold.Parameters.AddWithValue("batch", batch);
            var folded = (int)(await fold.ExecuteScalarAsync(cancellationToken))!;
            await transaction.CommitAsync(cancellationToken);
            total += folded;
            if (folded < batch)
            {
                return total;
            }
        }
    }
}
