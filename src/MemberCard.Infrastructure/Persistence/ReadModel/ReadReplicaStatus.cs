namespace MemberCard.Infrastructure.Persistence.ReadModel;

/// <summary>Where read-model queries go now, and why.</summary>
/// <param name="UsingReplica">True when they go to the replica; false when they fall back to the primary.</param>
/// <param name="LagSeconds">The replica's replay lag at the last check; null when it could not be measured.</param>
/// <param name="Reason">Why, in words for the health report and the log.</param>
public sealed record ReadReplicaStatus(bool UsingReplica, double? LagSeconds, string Reason);
