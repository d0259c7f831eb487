namespace MemberCard.Api.Infrastructure;

using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

/// <summary>Ready means the database answers a trivial query within a couple of seconds.</summary>
public sealed class DatabaseHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            // Idle pooled connections to a database that went away are dead too: drop them, so the first check
            // after it is back does not fail on one of them and keep the instance out of rotation longer.
            dataSource.Clear();
            return HealthCheckResult.Unhealthy("The database is unreachable.");
        }
    }
}
