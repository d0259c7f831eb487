namespace MemberCard.Infrastructure.Persistence;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Gifts;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

internal sealed class RowLocks(MemberCardDbContext db) : IRowLocks
{
    public async Task<bool> LockMemberAsync(MemberId memberId, CancellationToken cancellationToken) =>
        await ScalarAsync($"SELECT 1 FROM {MemberCardDbContext.Schema}.members WHERE id = @id FOR UPDATE", memberId.Value, cancellationToken) is not null;

    public async Task<bool> LockGiftAsync(GiftId giftId, CancellationToken cancellationToken) =>
        await ScalarAsync($"SELECT 1 FROM {MemberCardDbContext.Schema}.gifts WHERE id = @id FOR UPDATE", giftId.Value, cancellationToken) is not null;

    public async Task LockKeyAsync(string key, CancellationToken cancellationToken) =>
        await ScalarAsync("SELECT pg_advisory_xact_lock(hashtextextended(@id, 0))", key, cancellationToken);

    private async Task<object?> ScalarAsync(string sql, object id, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Row locks only mean something inside the command's transaction.");
        await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction());
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
