namespace MemberCard.Api.IntegrationTests.ReadReplica;

using MemberCard.Api.IntegrationTests.Infrastructure;
using Npgsql;

/// <summary>
/// The API with its read model on a connection to the test database on which every transaction is read-only
/// (<c>default_transaction_read_only</c>, what a streaming replica enforces too), under its own application
/// name so the tests can see which sessions the read model opened.
/// </summary>
public sealed class ReadOnlyReplicaFixture : IAsyncLifetime
{
    public const string ApplicationName = "membercard-replica-test";

    public MemberCardApiFactory Api { get; } = new() { ReadOnlyConnectionString = ReadOnly };

    public static string ReadOnly(string primary) => new NpgsqlConnectionStringBuilder(primary)
    {
        ApplicationName = ApplicationName,
        Options = "-c default_transaction_read_only=on",
    }.ConnectionString;

    public Task InitializeAsync() => Api.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)Api).DisposeAsync();
}
