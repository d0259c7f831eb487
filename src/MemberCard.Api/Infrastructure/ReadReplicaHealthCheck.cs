namespace MemberCard.Api.Infrastructure;

using MemberCard.Infrastructure.Persistence.ReadModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

/// <summary>
/// Degraded (still ready: the primary serves the reads) while KPI and list reads fall back from a configured
/// read replica to the primary; healthy when they go to the replica or no replica is configured.
/// </summary>
public sealed class ReadReplicaHealthCheck(ReadReplicaRouter router) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = await router.StatusAsync(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["target"] = router.Configured && status.UsingReplica ? "replica" : "primary",
            ["lagSeconds"] = status.LagSeconds ?? -1,
        };
        return !router.Configured || status.UsingReplica
            ? HealthCheckResult.Healthy(status.Reason, data)
            : HealthCheckResult.Degraded("Reads fall back to the primary: " + status.Reason, data: data);
    }
}
