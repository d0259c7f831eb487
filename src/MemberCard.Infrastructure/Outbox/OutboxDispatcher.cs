namespace MemberCard.Infrastructure.Outbox;

using System.Collections.Concurrent;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Outbox;
using MemberCard.Application.Common.WeChat;
using MemberCard.Application.Jobs.Common;
using MemberCard.Application.WeChat.CardSync;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

/// <summary>
/// Delivers outbox messages at least once and in order per member. A claim is a lease written in a short
/// transaction (<c>FOR UPDATE SKIP LOCKED</c>, so instances never claim the same row); only a member's oldest
/// pending message can be claimed, so a later one never overtakes it. The sends happen outside any
/// transaction, so a slow WeChat holds no database connection and no lock. The first delivery that succeeds after
/// retryable failures calls the messages waiting in back-off forward: WeChat is back, so they need not wait out
/// delays that grew during the outage. A batch cut short by a failed database write (the database went away
/// mid-batch) is released at the start of the next dispatch, so its claims are due as soon as the database answers
/// again instead of when their lease runs out.
/// </summary>
internal sealed partial class OutboxDispatcher(
    NpgsqlDataSource dataSource,
    SystemScopes scopes,
    OutboxRateLimiter rateLimiter,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
    : IOutboxDispatcher
{
    private const string Table = "membercard.outbox_messages";

    private static readonly string ClaimHeadsSql = $"""
        WITH heads AS (
            SELECT o.id FROM {Table} o
            WHERE o.status = 'Pending' AND o.next_attempt_at <= @now AND (o.lease_until IS NULL OR o.lease_until <= @now)
              AND NOT EXISTS (SELECT 1 FROM {Table} e WHERE e.member_id = o.member_id AND e.status = 'Pending' AND e.id < o.id)
            ORDER BY o.next_attempt_at, o.id
            LIMIT @batch
            FOR UPDATE SKIP LOCKED)
        UPDATE {Table} m SET lease_until = @lease, attempts = m.attempts + 1
        FROM heads WHERE m.id = heads.id
        RETURNING m.id, m.kind, m.member_id, m.attempts
        """;

    // The syncs right behind a claimed sync of the same member: one absolute update answers them all.
    private static readonly string ClaimFollowersSql = $"""
        UPDATE {Table} m SET lease_until = @lease
        WHERE m.member_id = @member AND m.status = 'Pending' AND m.kind = @sync AND m.id > @head
          AND m.id < COALESCE((SELECT min(x.id) FROM {Table} x
                               WHERE x.member_id = @member AND x.status = 'Pending' AND x.kind <> @sync AND x.id > @head),
                              9223372036854775807)
        RETURNING m.id
        """;

    // Only rows that still carry this dispatcher's lease: one whose lease ran out may belong to another instance now,
    // and one whose outcome was written after all (the connection broke after the commit) has none. A claim whose
    // delivery never started gives its attempt back.
    private static readonly string ReleaseSql = $"""
        UPDATE {Table} m SET lease_until = NULL, attempts = m.attempts - r.untried
        FROM unnest(@ids, @leases, @untried) AS r(id, lease, untried)
        WHERE m.id = r.id AND m.lease_until = r.lease
        """;

    // Only next_attempt_at changes: the claim still takes a member's oldest pending message alone, so order holds.
    private static readonly string CatchUpSql = $"""
        UPDATE {Table} SET next_attempt_at = @now
        WHERE status = 'Pending' AND attempts > 0 AND last_error IS NOT NULL AND next_attempt_at > @now
        """;

    // 1 from a retryable failure until the next success (one failure episode). In memory per instance is enough
    // with several instances: every instance that tried to send during an outage failed and set its own flag, and
    // the catch-up update covers the messages any instance put into back-off; two instances doing it is harmless.
    // An instance that restarts mid-outage forgets it, and its waiting messages keep their back-off, as before.
    private int _failedSinceLastSuccess;

    // The claims of a batch that a failure cut short, kept until a dispatch can release them: otherwise they wait out
    // their whole lease (2 minutes) after a PostgreSQL restart, and every later message of their members waits behind
    // them. A restart of the process forgets them; then the lease frees them.
    private readonly ConcurrentQueue<(OutboxClaim Claim, bool Started)> _abandoned = new();

    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        await ReleaseAbandonedAsync(cancellationToken);
        var handled = 0;
        while (true)
        {
            var claims = await ClaimAsync(cancellationToken);
            if (claims.Count == 0)
            {
                return handled;
            }

            for (var i = 0; i < claims.Count; i++)
            {
                var started = false;
                try
                {
                    await rateLimiter.WaitAsync(cancellationToken);
                    started = true;
                    await DeliverAsync(claims[i], cancellationToken);
                }
                catch
                {
                    // A delivery's own failures are recorded by DeliverAsync; what gets here is a failed database
                    // write (or shutdown), which ends the dispatch with this claim and the rest of the batch unrecorded.
                    for (var j = i; j < claims.Count; j++)
                    {
                        _abandoned.Enqueue((claims[j], j == i && started));
                    }

                    throw;
                }

                handled++;
            }
        }
    }

    private async Task ReleaseAbandonedAsync(CancellationToken cancellationToken)
    {
        var abandoned = new List<(OutboxClaim Claim, bool Started)>();
        while (_abandoned.TryDequeue(out var entry))
        {
            abandoned.Add(entry);
        }

        if (abandoned.Count == 0)
        {
            return;
        }

        var rows = abandoned
            .SelectMany(a => a.Claim.Coalesced.Select(id => (Id: id, a.Claim.Lease, Untried: 0))
                .Prepend((Id: a.Claim.Id, a.Claim.Lease, Untried: a.Started ? 0 : 1)))
            .ToList();
        try
        {
            await using var command = dataSource.CreateCommand(ReleaseSql);
            command.Parameters.AddWithValue("ids", rows.Select(r => r.Id).ToArray());
            command.Parameters.AddWithValue("leases", rows.Select(r => r.Lease).ToArray());
            command.Parameters.AddWithValue("untried", rows.Select(r => r.Untried).ToArray());
            LogReleased(logger, abandoned.Count, await command.ExecuteNonQueryAsync(cancellationToken));
        }
        catch
        {
            // Still unreachable: the next dispatch tries again (and claims nothing before it has).
            foreach (var entry in abandoned)
            {
                _abandoned.Enqueue(entry);
            }

            throw;
        }
    }

    private async Task<List<OutboxClaim>> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var lease = now + options.Value.Lease;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var heads = new List<(long Id, string Kind, Guid? Member, int Attempts)>();
        await using (var claim = new NpgsqlCommand(ClaimHeadsSql, connection, transaction))
        {
            claim.Parameters.AddWithValue("now", now);
            claim.Parameters.AddWithValue("lease", lease);
            claim.Parameters.AddWithValue("batch", options.Value.BatchSize);
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                heads.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetGuid(2), reader.GetInt32(3)));
            }
        }

        var claims = new List<OutboxClaim>(heads.Count);
        foreach (var head in heads.OrderBy(h => h.Id))
        {
            var followers = new List<long>();
            if (head.Kind == WeChatOutboxKinds.CardSync && head.Member is { } member)
            {
                await using var follow = new NpgsqlCommand(ClaimFollowersSql, connection, transaction);
                follow.Parameters.AddWithValue("lease", lease);
                follow.Parameters.AddWithValue("member", member);
                follow.Parameters.AddWithValue("sync", WeChatOutboxKinds.CardSync);
                follow.Parameters.AddWithValue("head", head.Id);
                await using var reader = await follow.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    followers.Add(reader.GetInt64(0));
                }
            }

            claims.Add(new OutboxClaim(head.Id, head.Attempts, followers, lease));
        }

        await transaction.CommitAsync(cancellationToken);
        return claims;
    }

    private async Task DeliverAsync(OutboxClaim claim, CancellationToken cancellationToken)
    {
        string outcome;
        try
        {
            outcome = await scopes.RunAsync(async services =>
            {
                var db = services.GetRequiredService<IMemberCardDbContext>();
                var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == claim.Id, cancellationToken);
                var delivery = services.GetServices<IOutboxDelivery>().SingleOrDefault(d => d.Kind == message.Kind);
                return delivery is null
                    ? throw new OutboxDeliveryException($"No delivery for outbox messages of kind '{message.Kind}'.")
                    : await delivery.DeliverAsync(message, cancellationToken);
            });
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await FailAsync(claim, ex, cancellationToken);
            return;
        }

        await SucceedAsync(claim, outcome, cancellationToken);
    }

    private async Task SucceedAsync(OutboxClaim claim, string outcome, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Command(
            $"UPDATE {Table} SET status = 'Sent', processed_at = @now, outcome = @outcome, lease_until = NULL, last_error = NULL WHERE id = @id",
            ("now", now), ("outcome", Truncate(outcome)), ("id", claim.Id)));
        if (claim.Coalesced.Count > 0)
        {
            batch.BatchCommands.Add(Command(
                $"UPDATE {Table} SET status = 'Sent', processed_at = @now, outcome = @outcome, lease_until = NULL WHERE id = ANY(@ids)",
                ("now", now), ("outcome", $"coalesced into #{claim.Id}"), ("ids", claim.Coalesced.ToArray())));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        LogDelivered(logger, claim.Id, outcome, claim.Coalesced.Count);
        if (Interlocked.Exchange(ref _failedSinceLastSuccess, 0) == 1)
        {
            await CatchUpAsync(claim.Id, now, cancellationToken);
        }
    }

    /// <summary>
    /// Its own statement after the delivery is recorded: a catch-up that fails (two instances' catch-ups deadlocking)
    /// must not undo the record of a message WeChat already has.
    /// </summary>
    private async Task CatchUpAsync(long deliveredId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = dataSource.CreateCommand(CatchUpSql);
            command.Parameters.AddWithValue("now", now);
            LogCaughtUp(logger, deliveredId, await command.ExecuteNonQueryAsync(cancellationToken));
        }
        catch (NpgsqlException ex)
        {
            // The episode is not over until the catch-up is written: the next success tries again.
            Volatile.Write(ref _failedSinceLastSuccess, 1);
            LogCatchUpFailed(logger, ex);
        }
    }

    private async Task FailAsync(OutboxClaim claim, Exception error, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var retry = IsWorthRetrying(error) && claim.Attempts < settings.MaxAttempts;
        var text = Truncate(Describe(error));
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(retry
            ? Command(
                $"UPDATE {Table} SET next_attempt_at = @next, lease_until = NULL, last_error = @error WHERE id = @id",
                ("next", now + Backoff(claim.Attempts, settings)), ("error", text), ("id", claim.Id))
            : Command(
                $"UPDATE {Table} SET status = 'Failed', processed_at = @now, lease_until = NULL, last_error = @error WHERE id = @id",
                ("now", now), ("error", text), ("id", claim.Id)));

        // Followers were only leased for this delivery; they stay pending behind their head.
        if (claim.Coalesced.Count > 0)
        {
            batch.BatchCommands.Add(Command(
                $"UPDATE {Table} SET lease_until = NULL WHERE id = ANY(@ids)", ("ids", claim.Coalesced.ToArray())));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        if (retry)
        {
            Volatile.Write(ref _failedSinceLastSuccess, 1);
            LogRetrying(logger, claim.Id, claim.Attempts, text);
        }
        else
        {
            LogParked(logger, claim.Id, claim.Attempts, text);
        }
    }

    private static bool IsWorthRetrying(Exception error) => error switch
    {
        WeChatApiException weChat => weChat.IsTransient || weChat.Kind == WeChatErrorKind.InvalidToken,
        OutboxDeliveryException => false,
        _ => true,
    };

    private static string Describe(Exception error) => error switch
    {
        WeChatApiException weChat => $"WeChat {weChat.Endpoint} errcode {weChat.ErrorCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} ({weChat.Kind}): {weChat.Message}",
        _ => $"{error.GetType().Name}: {error.Message}",
    };

    private static TimeSpan Backoff(int attempts, OutboxOptions settings)
    {
        var exponential = settings.BaseDelay * Math.Pow(2, Math.Min(attempts - 1, 20));
        var capped = exponential > settings.MaxDelay ? settings.MaxDelay : exponential;

        // Jitter spreads the retries of many members that failed together (an outage) over time.
        return capped * (0.8 + (Random.Shared.NextDouble() * 0.4));
    }

    private static string Truncate(string text) =>
        text.Length > Domain.Outbox.OutboxMessage.TextMaxLength ? text[..Domain.Outbox.OutboxMessage.TextMaxLength] : text;

    private static NpgsqlBatchCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, value));
        }

        return command;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {MessageId} delivered: {Outcome} (+{Coalesced} coalesced)")]
    private static partial void LogDelivered(ILogger logger, long messageId, string outcome, int coalesced);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} failed on attempt {Attempt}; retrying later: {Error}")]
    private static partial void LogRetrying(ILogger logger, long messageId, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {MessageId} delivered after failed attempts: {Waiting} messages waiting in back-off are due now")]
    private static partial void LogCaughtUp(ILogger logger, long messageId, int waiting);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox catch-up after failed attempts did not run; the next delivery tries again")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Released {Claims} outbox claims of a dispatch that failed mid-batch ({Rows} rows still leased to it)")]
    private static partial void LogReleased(ILogger logger, int claims, int rows);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} parked as failed after attempt {Attempt}: {Error}")]
    private static partial void LogParked(ILogger logger, long messageId, int attempt, string error);
}
