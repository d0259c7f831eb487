namespace MemberCard.Infrastructure.Persistence.ReadModel;

using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

/// <summary>
/// Chooses, for each connection the read model opens, the replica or the primary. The replica's state (reachable,
/// streaming, replay lag) is checked at most once per <see cref="ReadReplicaOptions.CheckInterval"/>, in the
/// background after the first check, so no query waits for a check; a query that fails on the replica switches
/// reads to the primary at once, until the next check finds the replica well again.
/// </summary>
public sealed class ReadReplicaRouter : IDisposable
{
    // Lag is the replay timestamp's age only while WAL is still being applied: an idle primary sends nothing, and a
    // replica that has replayed all it received is current however old its last transaction is. Without a WAL
    // receiver the replica is cut off from the primary and its age is unknown.
    private const string ProbeSql = """
        SELECT pg_is_in_recovery(),
               EXISTS (SELECT 1 FROM pg_stat_wal_receiver),
               CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                    ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 END
        """;

    private readonly ReadReplicaOptions _options;
    private readonly ILogger<ReadReplicaRouter> _logger;
    private readonly Meter _meter = new("MemberCard.ReadModel");
    private readonly Counter<long> _opens;
    private readonly Lazy<Task> _firstCheck;
    private ReadReplicaStatus _status = new(false, null, "not checked yet");
    private long _checkedAt;
    private int _checking;

    public ReadReplicaRouter(string? replicaConnectionString, string primaryConnectionString, IOptions<ReadReplicaOptions> options, ILogger<ReadReplicaRouter> logger)
    {
        _options = options.Value;
        _logger = logger;
        ReplicaConnectionString = replicaConnectionString;
        PrimaryConnectionString = primaryConnectionString;
        _firstCheck = new Lazy<Task>(() => CheckAsync(CancellationToken.None));
        _opens = _meter.CreateCounter<long>("membercard.read_model.connections", description: "Read-model connections opened, by target (replica or primary).");
        _meter.CreateObservableGauge("membercard.read_replica.lag", () => _status.LagSeconds ?? -1, "s", "The replica's replay lag at the last check (-1: unknown).");
        _meter.CreateObservableGauge("membercard.read_replica.in_use", () => _status.UsingReplica ? 1 : 0, description: "1 while reads go to the replica, 0 while they fall back to the primary.");
    }

    /// <summary>Null when no replica is configured: the read model is then the primary's own context.</summary>
    public string? ReplicaConnectionString { get; }

    public string PrimaryConnectionString { get; }

    public bool Configured => ReplicaConnectionString is not null;

    /// <summary>The state of the last check (waits for the first one), and starts the next when it is due.</summary>
    public async ValueTask<ReadReplicaStatus> StatusAsync(CancellationToken cancellationToken)
    {
        if (!Configured)
        {
            return new ReadReplicaStatus(false, null, "no read replica configured");
        }

        if (!_firstCheck.IsValueCreated || !_firstCheck.Value.IsCompleted)
        {
            await _firstCheck.Value.WaitAsync(cancellationToken);
        }
        else
        {
            StartCheckWhenDue();
        }

        return Volatile.Read(ref _status);
    }

    /// <summary>The connection string the next read-model connection opens with.</summary>
    public async ValueTask<string> TargetAsync(CancellationToken cancellationToken)
    {
        var status = await StatusAsync(cancellationToken);
        _opens.Add(1, new KeyValuePair<string, object?>("target", status.UsingReplica ? "replica" : "primary"));
        return status.UsingReplica ? ReplicaConnectionString! : PrimaryConnectionString;
    }

    /// <summary>The target by the last check, without waiting for one; starts the next check when it is due.</summary>
    public string CurrentTarget()
    {
        if (!Configured)
        {
            return PrimaryConnectionString;
        }

        if (!_firstCheck.IsValueCreated)
        {
            _ = _firstCheck.Value;
        }
        else if (_firstCheck.Value.IsCompleted)
        {
            StartCheckWhenDue();
        }

        var status = Volatile.Read(ref _status);
        _opens.Add(1, new KeyValuePair<string, object?>("target", status.UsingReplica ? "replica" : "primary"));
        return status.UsingReplica ? ReplicaConnectionString! : PrimaryConnectionString;
    }

    /// <summary>
    /// A read-model query failed with <paramref name="exception"/>. When reads were on the replica and the failure
    /// is the connection's (refused, cut, the server shutting down, a recovery conflict), reads move to the
    /// primary now and the caller may retry; otherwise false.
    /// </summary>
    public bool ReportFailure(Exception exception)
    {
        if (!Configured || !Volatile.Read(ref _status).UsingReplica || !IsConnectionFailure(exception))
        {
            return false;
        }

        Publish(new ReadReplicaStatus(false, null, "a query on the replica failed: " + exception.GetType().Name));
        return true;
    }

    public void Dispose() => _meter.Dispose();

    private static bool IsConnectionFailure(Exception exception) =>
        exception is NpgsqlException { IsTransient: true } or PostgresException { SqlState: "57P01" or "57P02" or "57P03" };

    private void StartCheckWhenDue()
    {
        if (Stopwatch.GetElapsedTime(Volatile.Read(ref _checkedAt)) >= _options.CheckInterval
            && Interlocked.CompareExchange(ref _checking, 1, 0) == 0)
        {
            _ = Task.Run(() => CheckAsync(CancellationToken.None), CancellationToken.None);
        }
    }

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            Publish(await ProbeAsync(cancellationToken));
        }
        finally
        {
            Volatile.Write(ref _checking, 0);
        }
    }

    private async Task<ReadReplicaStatus> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.CheckTimeout);
            await using var connection = new NpgsqlConnection(ReplicaConnectionString);
            await connection.OpenAsync(timeout.Token);
            await using var command = new NpgsqlCommand(ProbeSql, connection);
            await using var reader = await command.ExecuteReaderAsync(timeout.Token);
            await reader.ReadAsync(timeout.Token);
            var inRecovery = reader.GetBoolean(0);
            var streaming = reader.GetBoolean(1);
            double? lag = reader.IsDBNull(2) ? null : reader.GetDouble(2);
            if (!inRecovery)
            {
                // Not a standby (a read-only role on the primary, or a promoted replica): nothing to lag behind.
                return new ReadReplicaStatus(true, 0, "the read-only server is not in recovery");
            }

            if (!streaming)
            {
                return new ReadReplicaStatus(false, lag, "the replica is not streaming from the primary");
            }

            if (lag is null || lag > _options.MaxLag.TotalSeconds)
            {
                return new ReadReplicaStatus(false, lag, $"the replica lags more than {_options.MaxLag.TotalSeconds:0.###} s");
            }

            return new ReadReplicaStatus(true, Math.Max(lag.Value, 0), "the replica is streaming");
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or TimeoutException or InvalidOperationException)
        {
            return new ReadReplicaStatus(false, null, "the replica is unreachable: " + ex.GetType().Name);
        }
    }

    private void Publish(ReadReplicaStatus status)
    {
        var previous = Interlocked.Exchange(ref _status, status);
        Volatile.Write(ref _checkedAt, Stopwatch.GetTimestamp());
        if (previous.UsingReplica != status.UsingReplica)
        {
            if (status.UsingReplica)
            {
                _logger.LogInformation("Read-model queries go to the read replica ({Reason}).", status.Reason);
            }
            else
            {
                _logger.LogWarning("Read-model queries fall back to the primary: {Reason}.", status.Reason);
            }
        }
    }
}
