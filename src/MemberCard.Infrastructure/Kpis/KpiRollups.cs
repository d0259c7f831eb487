namespace MemberCard.Infrastructure.Kpis;

using MemberCard.Application.Kpis.Common;
using MemberCard.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

/// <summary>
/// Recomputes a month of rollups straight from the source tables, with the same definitions the incremental
/// side (<see cref="RollupCollector"/>, <see cref="KpiDeltaSql"/>) applies. It holds the fold's lock and locks
/// the deltas and rollup tables against writers for the length of it, and drops the month's pending deltas
/// (the recomputation counts what they stood for): a sale committing meanwhile waits to append its delta, which
/// is folded into the rebuilt rows later, so nothing is counted twice or lost; readers are not blocked.
/// </summary>
internal sealed class KpiRollups(MemberCardDbContext db) : IKpiRollups
{
    private const string S = MemberCardDbContext.Schema;

    private const string Clear = $"""
        SELECT pg_advisory_xact_lock(hashtextextended('{KpiDeltaSql.FoldLockKey}', 0));
        LOCK TABLE {S}.kpi_deltas, {S}.branch_daily_stats, {S}.branch_monthly_stats, {S}.branch_monthly_points, {S}.member_branch_month_activity
            IN EXCLUSIVE MODE;
        DELETE FROM {S}.kpi_deltas WHERE business_date BETWEEN @first AND @last;
        DELETE FROM {S}.branch_daily_stats WHERE business_date BETWEEN @first AND @last;
        DELETE FROM {S}.branch_monthly_stats WHERE month = @first;
        DELETE FROM {S}.branch_monthly_points WHERE month = @first;
        DELETE FROM {S}.member_branch_month_activity WHERE month = @first;
        """;

    private const string Activity = $"""
        INSERT INTO {S}.member_branch_month_activity (member_id, branch_id, month, first_business_date)
        SELECT member_id, branch_id, @first, min(business_date) FROM {S}.purchases
        WHERE business_date BETWEEN @first AND @last
        GROUP BY member_id, branch_id
        """;

    // Points are attributed to the member's home branch, like the incremental writer does.
    private const string MonthlyPoints = $"""
        INSERT INTO {S}.branch_monthly_points (branch_id, month, net_points)
        SELECT m.home_branch_id, @first, sum(l.points)
        FROM {S}.points_ledger l JOIN {S}.members m ON m.id = l.member_id
        WHERE l.business_date BETWEEN @first AND @last
        GROUP BY m.home_branch_id
        """;

    // The month's row is its days' rows summed (the same counts the fold adds to both), with the points change.
    private const string Monthly = $"""
        INSERT INTO {S}.branch_monthly_stats
            (branch_id, month, active_members, new_cards, new_cards_activated, purchases, purchase_amount, returns, returned_amount, redemptions,
             points_earned, points_reversed, points_gifted, points_adjusted, points_redeemed, points_paid, points_refunded, points_expired, net_points)
        SELECT branch_id, @first, sum(active_members), sum(new_cards), sum(new_cards_activated), sum(purchases), sum(purchase_amount), sum(returns),
               sum(returned_amount), sum(redemptions), sum(points_earned), sum(points_reversed), sum(points_gifted), sum(points_adjusted),
               sum(points_redeemed), sum(points_paid), sum(points_refunded), sum(points_expired), sum(net_points)
        FROM (
            SELECT branch_id, active_members, new_cards, new_cards_activated, purchases, purchase_amount, returns, returned_amount, redemptions,
                   points_earned, points_reversed, points_gifted, points_adjusted, points_redeemed, points_paid, points_refunded, points_expired,
                   0::bigint AS net_points
            FROM {S}.branch_daily_stats WHERE business_date BETWEEN @first AND @last
            UNION ALL
            SELECT branch_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, net_points
            FROM {S}.branch_monthly_points WHERE month = @first
        ) x
        GROUP BY branch_id
        """;

    // The month's points change moves the running balance of the month and of every later month of each branch:
    // recomputed from the latest earlier balance (cheap: one row per branch and month).
    private const string Closing = $"""
        UPDATE {S}.branch_monthly_points t SET closing_points = c.closing_points
        FROM (
            SELECT r.branch_id, r.month,
                   coalesce((SELECT p.closing_points FROM {S}.branch_monthly_points p
                             WHERE p.branch_id = r.branch_id AND p.month < @first ORDER BY p.month DESC LIMIT 1), 0)
                   + sum(r.net_points) OVER (PARTITION BY r.branch_id ORDER BY r.month) AS closing_points
            FROM {S}.branch_monthly_points r WHERE r.month >= @first
        ) c
        WHERE t.branch_id = c.branch_id AND t.month = c.month AND t.closing_points <> c.closing_points
        """;

    private const string Daily = $"""
        WITH z AS (SELECT time_zone AS tz FROM {S}.programme_settings LIMIT 1)
        INSERT INTO {S}.branch_daily_stats
            (branch_id, business_date, new_cards, new_cards_activated, active_members, purchases, purchase_amount, returns, returned_amount,
             redemptions, points_earned, points_reversed, points_gifted, points_adjusted, points_redeemed, points_paid, points_refunded, points_expired)
        SELECT branch_id, d, sum(nc), sum(nca), sum(am), sum(pu), sum(pa), sum(re), sum(ra), sum(rd), sum(pe), sum(pr), sum(pg), sum(pj), sum(pm),
               sum(pp), sum(pf), sum(px)
        FROM (
            SELECT c.issuing_branch_id AS branch_id, (c.issued_at AT TIME ZONE z.tz)::date AS d, 1::bigint AS nc,
                   CASE WHEN c.activated_at IS NOT NULL
                             AND date_trunc('month', c.activated_at AT TIME ZONE z.tz) = date_trunc('month', c.issued_at AT TIME ZONE z.tz)
                        THEN 1 ELSE 0 END::bigint AS nca,
                   0::bigint AS am, 0::bigint AS pu, 0::numeric AS pa, 0::bigint AS re, 0::numeric AS ra, 0::bigint AS rd,
                   0::bigint AS pe, 0::bigint AS pr, 0::bigint AS pg, 0::bigint AS pj, 0::bigint AS pm, 0::bigint AS pp, 0::bigint AS pf,
                   0::bigint AS px
            FROM {S}.cards c CROSS JOIN z
            WHERE c.replaces_card_id IS NULL
              AND c.issued_at >= (@first::timestamp AT TIME ZONE z.tz) AND c.issued_at < ((@last + 1)::timestamp AT TIME ZONE z.tz)
            UNION ALL
            SELECT branch_id, first_business_date, 0, 0, count(*), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
            FROM {S}.member_branch_month_activity WHERE month = @first
            GROUP BY branch_id, first_business_date
            UNION ALL
            SELECT branch_id, business_date, 0, 0, 0, count(*), sum(net_amount), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
            FROM {S}.purchases WHERE business_date BETWEEN @first AND @last
            GROUP BY branch_id, business_date
            UNION ALL
            SELECT branch_id, business_date, 0, 0, 0, 0, 0, count(*), sum(returned_amount), 0, 0, 0, 0, 0, 0, 0, 0, 0
            FROM {S}.purchase_returns WHERE business_date BETWEEN @first AND @last
            GROUP BY branch_id, business_date
            UNION ALL
            SELECT m.home_branch_id, l.business_date, 0, 0, 0, 0, 0, 0, 0,
                   count(*) FILTER (WHERE l.kind IN ('Redeem', 'Payment')),
                   coalesce(sum(l.points) FILTER (WHERE l.kind = 'Earn'), 0),
                   coalesce(-sum(l.points) FILTER (WHERE l.kind = 'Reverse'), 0),
                   coalesce(sum(l.points) FILTER (WHERE l.kind = 'Gift'), 0),
                   coalesce(sum(l.points) FILTER (WHERE l.kind = 'Adjust'), 0),
                   coalesce(-sum(l.points) FILTER (WHERE l.kind = 'Redeem'), 0),
                   coalesce(-sum(l.points) FILTER (WHERE l.kind = 'Payment'), 0),
                   coalesce(sum(l.points) FILTER (WHERE l.kind = 'Refund'), 0),
                   coalesce(-sum(l.points) FILTER (WHERE l.kind IN ('Expire', 'Forfeit')), 0)
            FROM {S}.points_ledger l JOIN {S}.members m ON m.id = l.member_id
            WHERE l.business_date BETWEEN @first AND @last
            GROUP BY m.home_branch_id, l.business_date
        ) x
        GROUP BY branch_id, d
        """;

    public async Task<int> RebuildMonthAsync(KpiMonth month, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var sql in new[] { Clear, Activity, MonthlyPoints })
        {
            await db.Database.ExecuteSqlRawAsync(sql, Range(month), cancellationToken);
        }

        var rows = await db.Database.ExecuteSqlRawAsync(Daily, Range(month), cancellationToken);
        foreach (var sql in new[] { Monthly, Closing })
        {
            await db.Database.ExecuteSqlRawAsync(sql, Range(month), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    private static object[] Range(KpiMonth month) => [new NpgsqlParameter("first", month.First), new NpgsqlParameter("last", month.Last)];
}
