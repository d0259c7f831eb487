namespace MemberCard.Infrastructure.Persistence;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Common.Points;
using MemberCard.Domain.Gifts;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

internal sealed class RowLocks(MemberCardDbContext db) : IRowLocks
{
    // The card number first, then the phone's current card (ScannedCode's order); FOR UPDATE OF m locks only the
    // member row, and after a wait PostgreSQL re-reads it, so the caller's next statement sees the last writer.
    private const string LockScannedSql =
        $"""
        SELECT m.id, s.number
        FROM ((SELECT c.member_id, c.number, 0 AS rank FROM {MemberCardDbContext.Schema}.cards c WHERE c.number = @number)
              UNION ALL
              (SELECT c.member_id, c.number, 1 FROM {MemberCardDbContext.Schema}.members p
               JOIN {MemberCardDbContext.Schema}.cards c ON c.member_id = p.id
               WHERE p.phone = @phone AND p.status = 'Active' AND c.status NOT IN ('Replaced', 'Cancelled'))
              ORDER BY rank
              LIMIT 1) AS s
        JOIN {MemberCardDbContext.Schema}.members m ON m.id = s.member_id
        FOR UPDATE OF m
        """;

    public async Task<bool> LockMemberAsync(MemberId memberId, CancellationToken cancellationToken) =>
        await ScalarAsync($"SELECT 1 FROM {MemberCardDbContext.Schema}.members WHERE id = @id FOR UPDATE", memberId.Value, cancellationToken) is not null;

    public async Task<TillCard?> LockMemberOfScannedCardAsync(CardNumber? cardNumber, PhoneNumber? phone, CancellationToken cancellationToken)
    {
        await using var command = Command(LockScannedSql);
        command.Parameters.Add(new NpgsqlParameter("number", NpgsqlDbType.Text) { Value = (object?)cardNumber?.Value ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("phone", NpgsqlDbType.Text) { Value = (object?)phone?.Value ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new TillCard(new MemberId(reader.GetGuid(0)), CardNumber.Parse(reader.GetString(1)))
            : null;
    }

    public async Task<bool> LockGiftAsync(GiftId giftId, CancellationToken cancellationToken) =>
        await ScalarAsync($"SELECT 1 FROM {MemberCardDbContext.Schema}.gifts WHERE id = @id FOR UPDATE", giftId.Value, cancellationToken) is not null;

    public async Task LockKeyAsync(string key, CancellationToken cancellationToken) =>
        await ScalarAsync("SELECT pg_advisory_xact_lock(hashtextextended(@id, 0))", key, cancellationToken);

    private async Task<object?> ScalarAsync(string sql, object id, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private NpgsqlCommand Command(string sql)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Row locks only mean something inside the command's transaction.");
        return new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction());
    }
}
