namespace MemberCard.Api.IntegrationTests.Redemptions;

using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The money-grade invariant read straight from the tables: for every member the stored balance equals the
/// ledger sum and the sum of open lots, the newest ledger entry's running balance equals the stored balance,
/// and nothing (balance, lot, running balance, gift stock) is negative.
/// </summary>
public static class PointsInvariant
{
    private const string Sql = """
        WITH ledger AS (
            SELECT member_id, sum(points) AS total,
                   (array_agg(balance_after ORDER BY id DESC))[1] AS last_balance
            FROM membercard.points_ledger GROUP BY member_id),
        lots AS (
            SELECT member_id, sum(remaining) AS total FROM membercard.points_lots GROUP BY member_id)
        SELECT m.id::text || ': balance ' || m.points_balance
               || ', ledger ' || coalesce(ledger.total, 0)
               || ', lots ' || coalesce(lots.total, 0)
               || ', last running balance ' || coalesce(ledger.last_balance, 0)
        FROM membercard.members m
        LEFT JOIN ledger ON ledger.member_id = m.id
        LEFT JOIN lots ON lots.member_id = m.id
        WHERE m.points_balance <> coalesce(ledger.total, 0)
           OR m.points_balance <> coalesce(lots.total, 0)
           OR m.points_balance <> coalesce(ledger.last_balance, 0)
           OR m.points_balance < 0
        UNION ALL
        SELECT 'negative lot ' || id::text FROM membercard.points_lots WHERE remaining < 0 OR remaining > original
        UNION ALL
        SELECT 'negative running balance in entry ' || id FROM membercard.points_ledger WHERE balance_after < 0
        UNION ALL
        SELECT 'negative stock of gift ' || id::text FROM membercard.gifts WHERE stock < 0
        """;

    public static async Task AssertAsync(MemberCardApiFactory factory)
    {
        await using var connection = await factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        var violations = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                violations.Add(reader.GetString(0));
            }
        }

        violations.ShouldBeEmpty("points invariant broken: " + string.Join("; ", violations));
        await using var members = connection.CreateCommand();
        members.CommandText = "SELECT count(*) FROM membercard.members";
        ((long)(await members.ExecuteScalarAsync())!).ShouldBeGreaterThan(0, "the invariant was checked on an empty database");
    }
}
