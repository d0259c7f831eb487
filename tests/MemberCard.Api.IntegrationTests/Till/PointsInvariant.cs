namespace MemberCard.Api.IntegrationTests.Till;

using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The points books must balance for every member after every change: stored balance = ledger sum = sum of
/// open lots = the last ledger entry's running balance, and nothing negative anywhere.
/// </summary>
public static class PointsInvariant
{
    private const string PerMember = """
        SELECT m.id::text,
               m.points_balance,
               COALESCE((SELECT SUM(l.points) FROM membercard.points_ledger l WHERE l.member_id = m.id), 0)::bigint,
               COALESCE((SELECT SUM(o.remaining) FROM membercard.points_lots o WHERE o.member_id = m.id), 0)::bigint,
               COALESCE((SELECT l.balance_after FROM membercard.points_ledger l WHERE l.member_id = m.id ORDER BY l.id DESC LIMIT 1), 0)
        FROM membercard.members m
        """;

    private const string Negatives = """
        SELECT (SELECT count(*) FROM membercard.members WHERE points_balance < 0)
             + (SELECT count(*) FROM membercard.points_lots WHERE remaining < 0 OR remaining > original OR original <= 0)
             + (SELECT count(*) FROM membercard.points_ledger WHERE balance_after < 0 OR points = 0)
        """;

    public static async Task AssertHoldsAsync(MemberCardApiFactory factory)
    {
        await using var connection = await factory.OpenConnectionAsync();
        var failures = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = PerMember;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var (balance, ledger, lots, last) = (reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
                if (balance != ledger || balance != lots || balance != last)
                {
                    failures.Add($"member {reader.GetString(0)}: balance {balance}, ledger sum {ledger}, open lots {lots}, last running balance {last}");
                }
            }
        }

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = Negatives;
            var bad = (long)(await command.ExecuteScalarAsync())!;
            if (bad != 0)
            {
                failures.Add($"{bad} negative balances, lots or ledger rows");
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }
}
