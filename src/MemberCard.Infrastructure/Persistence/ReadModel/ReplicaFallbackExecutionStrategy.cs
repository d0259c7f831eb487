namespace MemberCard.Infrastructure.Persistence.ReadModel;

using Microsoft.EntityFrameworkCore.Storage;

/// <summary>
/// Retries a read-model query once, on the primary, when the replica failed it for a connection reason (the
/// replica stopped between two checks). Failures on the primary are not retried: they surface as they would
/// through the main context.
/// </summary>
internal sealed class ReplicaFallbackExecutionStrategy(ExecutionStrategyDependencies dependencies, ReadReplicaRouter router)
    : ExecutionStrategy(dependencies, maxRetryCount: 1, maxRetryDelay: TimeSpan.Zero)
{
    protected override bool ShouldRetryOn(Exception exception) => router.ReportFailure(exception);

    protected override TimeSpan? GetNextDelay(Exception lastException) =>
        ExceptionsEncountered.Count <= MaxRetryCount ? TimeSpan.Zero : null;
}
