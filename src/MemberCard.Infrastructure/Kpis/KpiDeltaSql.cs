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
        ), points AS (
            INSERT INTO {S}.branch_monthly_points AS t (branch_id, month, net_points)
            SELECT branch_id, {MonthOf}, sum(net_points) FROM moved
            WHERE net_points IS NOT NULL
            GROUP BY branch_id, {MonthOf}
            ON CONFLICT (branch_id, month) DO UPDATE SET net_points = t.net_points + excluded.net_points
        ), daily AS (
            INSERT INTO {S}.branch_daily_stats AS t
                (branch_id, business_date, active_members, {Counters})
            SELECT branch_id, business_date, sum(active_members), sum(new_cards), sum(new_cards_activated), sum(purchases), sum(purchase_amount),
                   sum(returns), sum(returned_amount), sum(redemptions), sum(points_earned), sum(points_reversed), sum(points_gifted),
                   sum(points_adjusted), sum(points_redeemed), sum(points_paid), sum(points_refunded), sum(points_expired)
            FROM (
                SELECT branch_id, business_date, 0 AS active_members, {Counters} FROM moved
                UNION ALL
                SELECT branch_id, first_business_date, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM activity
            ) d
            GROUP BY branch_id, business_date
            ON CONFLICT (branch_id, business_date) DO UPDATE SET
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
        )
        SELECT count(*)::int FROM moved
        """;

    /// <summary>
    /// branch_daily_stats as of the statement's snapshot: the folded rows, the pending deltas, and one active
    /// member for each pending (member, branch, month) not in member_branch_month_activity yet, on its first
    /// pending date (what the fold will add). Callers sum by branch and date range, as over the table itself.
    /// </summary>
    public const string LiveDaily = $"""
        SELECT branch_id, business_date, active_members, {Counters} FROM {S}.branch_daily_stats
        UNION ALL
        SELECT branch_id, business_date, 0, {Counters} FROM {S}.kpi_deltas
        UNION ALL
        SELECT d.branch_id, min(d.business_date), 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
        FROM {S}.kpi_deltas d
        WHERE d.member_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM {S}.member_branch_month_activity a
                          WHERE a.member_id = d.member_id AND a.branch_id = d.branch_id
                            AND a.month = date_trunc('month', d.business_date::timestamp)::date)
        GROUP BY d.member_id, d.branch_id, date_trunc('month', d.business_date::timestamp)
        """;

    /// <summary>branch_monthly_points as of the statement's snapshot: the folded rows and the pending deltas.</summary>
    public const string LiveMonthlyPoints = $"""
        SELECT branch_id, month, net_points FROM {S}.branch_monthly_points
        UNION ALL
        SELECT branch_id, {MonthOf}, net_points FROM {S}.kpi_deltas WHERE net_points IS NOT NULL
        """;
}
