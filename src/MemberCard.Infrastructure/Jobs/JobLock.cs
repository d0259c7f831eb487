namespace MemberCard.Infrastructure.Jobs;

using Npgsql;

/// <summary>
/// A held job lock: a session-level advisory lock on a dedicated, unpooled connection. Disposing unlocks and
/// closes the session, and closing the session alone would release the lock if the unlock could not be sent.
/// </summary>
internal sealed class JobLock(NpgsqlConnection connection, string key) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtextextended(@key, 0))", connection);
            unlock.Parameters.AddWithValue("key", key);
            await unlock.ExecuteScalarAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // The connection is gone, and the lock with its session.
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}
