namespace MemberCard.Infrastructure.Jobs;

using Npgsql;

/// <summary>
/// One PostgreSQL advisory lock per job, so several API instances never run the same job at once. The lock is
/// session-level (it outlives the run's many short transactions) and lives on a connection of its own that
/// is never pooled: a lock can never linger in an idle pooled session after the run.
/// </summary>
internal sealed class JobLocks : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public JobLocks(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = "membercard-jobs" };
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    /// <summary>The lock key of a job: stable across instances and versions (PostgreSQL hashes it).</summary>
    public static string KeyFor(string jobName) => "membercard:job:" + jobName;

    /// <summary>Takes the job's lock without waiting; null when another session holds it.</summary>
    public async Task<JobLock?> TryAcquireAsync(string jobName, CancellationToken cancellationToken)
    {
        var key = KeyFor(jobName);
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtextextended(@key, 0))", connection);
            command.Parameters.AddWithValue("key", key);
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new JobLock(connection, key);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
