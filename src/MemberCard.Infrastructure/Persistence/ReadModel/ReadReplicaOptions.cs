namespace MemberCard.Infrastructure.Persistence.ReadModel;

public sealed class ReadReplicaOptions
{
    public const string Section = "Database:ReadReplica";

    public const string ConnectionStringName = "MemberCardReadOnly";

    /// <summary>Replay lag beyond which reads go to the primary instead.</summary>
    public TimeSpan MaxLag { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one check of the replica's state is trusted before the next.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest a check may take (connect and query) before the replica counts as down.</summary>
    public TimeSpan CheckTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
