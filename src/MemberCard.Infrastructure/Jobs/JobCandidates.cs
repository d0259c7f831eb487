namespace MemberCard.Infrastructure.Jobs;

using MemberCard.Application.Jobs.Common;
using MemberCard.Domain.Members;
using MemberCard.Infrastructure.Persistence;
using Npgsql;

/// <summary>
/// Keyset pages of candidate member ids in plain SQL: short reads outside any transaction, each served by an
/// index (open lots by expiry date, members by id, the ledger by member).
/// </summary>
internal sealed class JobCandidates(NpgsqlDataSource dataSource) : IJobCandidates
{
    private const string Schema = MemberCardDbContext.Schema;

    private const string ExpiredLotsSql = $"""
        SELECT DISTINCT member_id FROM {Schema}.points_lots
        WHERE remaining > 0 AND expires_on <= @as_of AND member_id > @after
        ORDER BY member_id LIMIT @take
        """;

    private const string AboveLowestTierSql = $"""
        SELECT id FROM {Schema}.members
        WHERE tier <> 'Regular' AND status = 'Active' AND id > @after
        ORDER BY id LIMIT @take
        """;

    // A card year containing the date starts within the year before it, so that year's earnings are a superset.
    private const string MilestonesSql = $"""
        SELECT member_id FROM (
            SELECT member_id FROM {Schema}.points_ledger
            WHERE kind = 'Earn' AND business_date >= @year_before AND business_date <= @as_of AND member_id > @after
            GROUP BY member_id HAVING sum(points) >= @minimum
            UNION
            SELECT member_id FROM {Schema}.milestone_claims
            WHERE status = 'Open' AND lapses_on <= @as_of AND member_id > @after
        ) candidates
        ORDER BY member_id LIMIT @take
        """;

    public Task<IReadOnlyList<MemberId>> WithExpiredLotsAsync(DateOnly asOf, MemberId after, int take, CancellationToken cancellationToken) =>
        QueryAsync(ExpiredLotsSql, after, take, cancellationToken, ("as_of", asOf));

    public Task<IReadOnlyList<MemberId>> AboveLowestTierAsync(MemberId after, int take, CancellationToken cancellationToken) =>
        QueryAsync(AboveLowestTierSql, after, take, cancellationToken);

    public Task<IReadOnlyList<MemberId>> ForMilestonesAsync(DateOnly asOf, long minimumPoints, MemberId after, int take, CancellationToken cancellationToken) =>
        QueryAsync(MilestonesSql, after, take, cancellationToken, ("as_of", asOf), ("year_before", asOf.AddYears(-1)), ("minimum", minimumPoints));

    private async Task<IReadOnlyList<MemberId>> QueryAsync(
        string sql, MemberId after, int take, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("after", after.Value);
        command.Parameters.AddWithValue("take", take);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var ids = new List<MemberId>(take);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(new MemberId(reader.GetGuid(0)));
        }

        return ids;
    }
}
