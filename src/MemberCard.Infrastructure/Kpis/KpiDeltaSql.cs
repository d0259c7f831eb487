namespace MemberCard.Infrastructure.Kpis;

using MemberCard.Infrastructure.Persistence;

/// <summary>
/// The two sides of the delta rows in one place: how a fold moves them into the rollups, and how a read counts
/// the ones not folded yet. Both must give the same figures, and the same as <see cref="KpiRollups"/>' rebuild.
/// </summary>
internal static class KpiDeltaSql
{
    /// <summary>The advisory lock that serialises folds (on every instance) with each other and with a rebuild.</summary>
    public const string FoldLockKey = "kpi-delta-fold";

    private const string S = MemberCardDbContext.Schema;

    private const string Counters = """
        new_cards, new_cards_activated, purchases, purchase_amount, returns, returned_amount, redemptions, points_earned, points_reversed,
        points_gifted, points_adjusted, points_redeemed, points_paid, points_refunded, points_expired
        """;

    private const string MonthOf = "date_trunc('month', business_date::timestamp)::date";

    /// <summary>
    /// Moves the oldest @batch deltas into the rollups in one statement, so a reader sees each of them either
    /// still pending or folded, never both. A member's purchase makes them active for the month unless
    /// member_branch_month_activity already has them: the insert that succeeds adds the one active member.
    /// The same counts go to the day's and to the month's row. A month's points change also moves the running
    /// balance (closing_points) of that month's row and of every later row of the branch: an inserted row starts
    /// from the latest earlier row's balance; a batch that spans months adds its earlier months' change to the
    /// later ones (rows this batch touches through the upsert, the others through the update; no row twice).
    /// </summary>
    public const string Fold = $"""
        WITH moved AS (
            DELETE FROM {S}.kpi_deltas WHERE id IN (SELECT id FROM {S}.kpi_deltas ORDER BY id LIMIT @batch)
            RETURNING *
        ), activity AS (
            INSERT INTO {S}.member_branch_month_activity (member_id, branch_id, month, first_business_date)
            SELECT member_id, branch_id, {MonthOf}, min(business_date) FROM moved
            WHERE member_id IS NOT NULL
            GROUP BY member_id, branch_id, {MonthOf}
            ON CONFLICT DO NOTHING
            RETURNING branch_id, first_business_date
        ), net AS (
            SELECT branch_id, {MonthOf} AS month, sum(net_points) AS net_points FROM moved
            WHERE net_points IS NOT NULL
            GROUP BY branch_id, {MonthOf}
        ), points AS (
            INSERT INTO {S}.branch_monthly_points AS t (branch_id, month, net_points, closing_points)
            SELECT n.branch_id, n.month, n.net_points,
                   coalesce((SELECT p.closing_points FROM {S}.branch_monthly_points p
                             WHERE p.branch_id = n.branch_id AND p.month < n.month ORDER BY p.month DESC LIMIT 1), 0)
                   + (SELECT sum(e.net_points) FROM net e WHERE e.branch_id = n.branch_id AND e.month <= n.month)
            FROM net n
            ON CONFLICT (branch_id, month) DO UPDATE SET
                net_points = t.net_points + excluded.net_points,
                closing_points = t.closing_points
                    + (SELECT sum(e.net_points) FROM net e WHERE e.branch_id = t.branch_id AND e.month <= t.month)
        ), later AS (
            UPDATE {S}.branch_monthly_points t SET closing_points = t.closing_points + c.net_points
            FROM (
                SELECT l.branch_id, l.month, sum(n.net_points) AS net_points
                FROM {S}.branch_monthly_points l JOIN net n ON n.branch_id = l.branch_id AND n.month < l.month
                WHERE NOT EXISTS (SELECT 1 FROM net x WHERE x.branch_id = l.branch_id AND x.month = l.month)
                GROUP BY l.branch_id, l.month
            ) c
            WHERE t.branch_id = c.branch_id AND t.month = c.month
        ), counted AS (
            SELECT branch_id, business_date, 0 AS active_members, {Counters}, coalesce(net_points, 0) AS net_points FROM moved
            UNION ALL
            SELECT branch_id, first_business_date, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM activity
        ), daily AS (
            INSERT INTO {S}.branch_daily_stats AS t
                (branch_id, business_date, active_members, {Counters})
            SELECT branch_id, business_date, {SumOfCounters}
            FROM counted
            GROUP BY branch_id, business_date
            ON CONFLICT (branch_id, business_date) DO UPDATE SET
                {AddCounters}
        ), monthly AS (
            INSERT INTO {S}.branch_monthly_stats AS t
                (branch_id, month, active_members, {Counters}, net_points)
            SELECT branch_id, {MonthOf}, {SumOfCounters}, sum(net_points)
            FROM counted
            GROUP BY branch_id, {MonthOf}
            ON CONFLICT (branch_id, month) DO UPDATE SET
                {AddCounters},
                net_points = t.net_points + excluded.net_points
        )
        SELECT count(*)::int FROM moved
        """;

    private const string SumOfCounters = """
        sum(active_members), sum(new_cards), sum(new_cards_activated), sum(purchases), sum(purchase_amount),
        sum(returns), sum(returned_amount), sum(redemptions), sum(points_earned), sum(points_reversed), sum(points_gifted),
        sum(points_adjusted), sum(points_redeemed), sum(points_paid), sum(points_refunded), sum(points_expired)
        """;

    private const string AddCounters = """
        active_members = t.active_members + excluded.active_members,
        new_cards = t.new_cards + excluded.new_cards,
        new_cards_activated = t.new_cards_activated + excluded.new_cards_activated,
        purchases = t.purchases + excluded.purchases,
        purchase_amount = t.purchase_amount + excluded.purchase_amount,
        returns = t.returns + excluded.returns,
        returned_amount = t.returned_amount + excluded.returned_amount,
        redemptions = t.redemptions + excluded.redemptions,
        points_earned = t.points_earned + excluded.points_earned,
        points_reversed = t.points_reversed + excluded.points_reversed,
        points_gifted = t.points_gifted + excluded.points_gifted,
        points_adjusted = t.points_adjusted + excluded.points_adjusted,
        points_redeemed = t.points_redeemed + excluded.points_redeemed,
        points_paid = t.points_paid + excluded.points_paid,
        points_refunded = t.points_refunded + excluded.points_refunded,
        points_expired = t.points_expired + excluded.points_expired
        """;

    /// <summary>
    /// branch_monthly_stats as of the statement's snapshot: the folded rows, the pending deltas by month, and one
    /// active member for each pending (member, branch, month) not in member_branch_month_activity yet (what the
    /// fold will add). Callers sum by branch and month, as over the table itself.
    /// </summary>
    public const string LiveMonthly = $"""
        SELECT branch_id, month, active_members, {Counters}, net_points FROM {S}.branch_monthly_stats
        UNION ALL
        SELECT branch_id, {MonthOf}, 0, {Counters}, coalesce(net_points, 0) FROM {S}.kpi_deltas
        UNION ALL
        SELECT d.branch_id, date_trunc('month', d.business_date::timestamp)::date, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
        FROM {S}.kpi_deltas d
        WHERE d.member_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM {S}.member_branch_month_activity a
                          WHERE a.member_id = d.member_id AND a.branch_id = d.branch_id
                            AND a.month = date_trunc('month', d.business_date::timestamp)::date)
        GROUP BY d.member_id, d.branch_id, date_trunc('month', d.business_date::timestamp)
        """;

    /// <summary>
    /// Per branch, the points held at the end of month @month and that month's change, as of the statement's
    /// snapshot: the branch's latest folded row up to the month (one backward probe of the primary key per
    /// branch, however long the history) plus the pending deltas up to the month's end.
    /// </summary>
    public const string LivePointsAt = $"""
        SELECT coalesce(f.branch_id, p.branch_id) AS branch_id, @month AS month,
               coalesce(CASE WHEN f.month = @month THEN f.net_points END, 0) + coalesce(p.net_points, 0) AS net_points,
               coalesce(f.closing_points, 0) + coalesce(p.closing_points, 0) AS closing_points
        FROM (
            SELECT b.id AS branch_id, l.month, l.net_points, l.closing_points
            FROM {S}.branches b
            CROSS JOIN LATERAL (
                SELECT r.month, r.net_points, r.closing_points FROM {S}.branch_monthly_points r
                WHERE r.branch_id = b.id AND r.month <= @month ORDER BY r.month DESC LIMIT 1) l
        ) f
        FULL JOIN (
            SELECT branch_id, coalesce(sum(net_points) FILTER (WHERE business_date >= @month), 0) AS net_points,
                   sum(net_points) AS closing_points
            FROM {S}.kpi_deltas
            WHERE net_points IS NOT NULL AND business_date < (@month + interval '1 month')::date
            GROUP BY branch_id
        ) p ON p.branch_id = f.branch_id
        """;
}
