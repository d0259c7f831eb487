namespace MemberCard.Infrastructure.Persistence.ReadModel;

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

/// <summary>
/// Points each connection of the read model at the replica or the primary as it opens, so a retried query can
/// land on the primary after the replica failed it.
/// </summary>
internal sealed class ReadModelRoutingInterceptor(ReadReplicaRouter router) : DbConnectionInterceptor
{
    public override async ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        var target = await router.TargetAsync(cancellationToken);
        if (!string.Equals(connection.ConnectionString, target, StringComparison.Ordinal))
        {
            connection.ConnectionString = target;
        }

        return result;
    }

    /// <summary>A synchronous open takes the last known state without waiting for a check (the primary before the first).</summary>
    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        var target = router.CurrentTarget();
        if (!string.Equals(connection.ConnectionString, target, StringComparison.Ordinal))
        {
            connection.ConnectionString = target;
        }

        return result;
    }
}
