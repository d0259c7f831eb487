namespace MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The money-grade invariant read straight from the tables, one definition for every test that moves points:
/// for each member the stored balance equals the ledger sum, the open lots and the newest entry's running
/// balance; nothing is negative (balances, lots, running balances, gift stock); no ledger row moves zero
/// points; no lot expires twice.
/// </summary>
public static class PointsBooks
{
    private const string Violations = """
        WITH ledger AS (
            SELECT member_id, sum(points) AS total,
                   (array_agg(balance_after ORDER BY id DESC))[1] AS last_balance
            FROM membercard.points_ledger GROUP BY member_id),
        lots AS (
            SELECT member_id, sum(remaining) AS total FROM membercard.points_lots GROUP BY member_id)
        SELECT 'member ' || m.id::text || ': balance ' || m.points_balance
               || ', ledger ' || coalesce(ledger.total, 0)
               || ', open lots ' || coalesce(lots.total, 0)
               || ', last running balance ' || coalesce(ledger.last_balance, 0)
        FROM membercard.members m
        LEFT JOIN ledger ON ledger.member_id = m.id
        LEFT JOIN lots ON lots.member_id = m.id
        WHERE m.points_balance <> coalesce(ledger.total, 0)
           OR m.points_balance <> coalesce(lots.total, 0)
           OR m.points_balance <> coalesce(ledger.last_balance, 0)
           OR m.points_balance < 0
        UNION ALL
        SELECT 'lot out of range ' || id::text FROM membercard.points_lots WHERE remaining < 0 OR remaining > original OR original <= 0
        UNION ALL
        SELECT 'bad ledger entry ' || id FROM membercard.points_ledger WHERE balance_after < 0 OR points = 0
        UNION ALL
        SELECT 'lot expired twice ' || lot_id::text FROM membercard.points_ledger WHERE kind = 'Expire' GROUP BY lot_id HAVING count(*) > 1
        UNION ALL
        SELECT 'negative stock of gift ' || id::text FROM membercard.gifts WHERE stock < 0
        """;

    public static async Task AssertBalancedAsync(MemberCardApiFactory factory)
    {
        await using var connection = await factory.OpenConnectionAsync();
        var violations = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = Violations;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                violations.Add(reader.GetString(0));
            }
        }

        violations.ShouldBeEmpty("points books do not balance: " + string.Join("; ", violations));
        await using var members = connection.CreateCommand();
        members.CommandText = "SELECT count(*) FROM membercard.members";
        ((long)(await members.ExecuteScalarAsync())!).ShouldBeGreaterThan(0, "the invariant was checked on an empty database");
    }
}
