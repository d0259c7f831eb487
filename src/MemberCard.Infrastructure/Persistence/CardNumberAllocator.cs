namespace MemberCard.Infrastructure.Persistence;

using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Branches;
using MemberCard.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

internal sealed class CardNumberAllocator(MemberCardDbContext db) : ICardNumberAllocator
{
    public async Task<CardNumber> NextAsync(RegionCode region, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Card serials are allocated inside the command's transaction, or a rollback would leave a gap.");
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO {MemberCardDbContext.Schema}.region_serials (region_code, last_serial) VALUES (@region, 1)
            ON CONFLICT (region_code) DO UPDATE SET last_serial = region_serials.last_serial + 1
            RETURNING last_serial
            """,
            connection,
            (NpgsqlTransaction)transaction.GetDbTransaction());
        command.Parameters.AddWithValue("region", region.Value);
        var serial = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return CardNumber.Issue(region, serial);
    }
}
