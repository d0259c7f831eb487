namespace MemberCard.Infrastructure.Kpis;

using MemberCard.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

/// <summary>
/// Adds a batch to the rollups in one statement. Rows are upserted in key order, so two transactions that
/// touch the same branch-days lock them in the same order and cannot deadlock on them.
/// </summary>
internal static class RollupWriter
{
    private const string Sql = $"""
        WITH activity AS (
            INSERT INTO {MemberCardDbContext.Schema}.member_branch_month_activity (member_id, branch_id, month, first_business_date)
            SELECT * FROM unnest(@a_member, @a_branch, @a_month, @a_date)
            ON CONFLICT DO NOTHING
            RETURNING branch_id, first_business_date
        ), points AS (
            INSERT INTO {MemberCardDbContext.Schema}.branch_monthly_points AS t (branch_id, month, net_points)
            SELECT * FROM unnest(@p_branch, @p_month, @p_net) AS p(branch_id, month, net_points) ORDER BY 1, 2
            ON CONFLICT (branch_id, month) DO UPDATE SET net_points = t.net_points + excluded.net_points
        ), deltas AS (
            SELECT branch_id, business_date, new_cards, new_cards_activated, 0 AS active_members, purchases, purchase_amount, returns,
                   returned_amount, redemptions, points_earned, points_reversed, points_gifted, points_adjusted, points_redeemed, points_paid,
                   points_refunded, points_expired
            FROM unnest(@d_branch, @d_date, @d_new_cards, @d_activated, @d_purchases, @d_purchase_amount, @d_returns, @d_returned_amount,
                        @d_redemptions, @d_earned, @d_reversed, @d_gifted, @d_adjusted, @d_redeemed, @d_paid, @d_refunded, @d_expired)
                AS d(branch_id, business_date, new_cards, new_cards_activated, purchases, purchase_amount, returns, returned_amount, redemptions,
                     points_earned, points_reversed, points_gifted, points_adjusted, points_redeemed, points_paid, points_refunded, points_expired)
            UNION ALL
            SELECT branch_id, first_business_date, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM activity
        )
        INSERT INTO {MemberCardDbContext.Schema}.branch_daily_stats AS t
            (branch_id, business_date, new_cards, new_cards_activated, active_members, purchases, purchase_amount, returns, returned_amount,
             redemptions, points_earned, points_reversed, points_gifted, points_adjusted, points_redeemed, points_paid, points_refunded, points_expired)
        SELECT branch_id, business_date, sum(new_cards), sum(new_cards_activated), sum(active_members), sum(purchases), sum(purchase_amount),
               sum(returns), sum(returned_amount), sum(redemptions), sum(points_earned), sum(points_reversed), sum(points_gifted),
               sum(points_adjusted), sum(points_redeemed), sum(points_paid), sum(points_refunded), sum(points_expired)
        FROM deltas GROUP BY branch_id, business_date ORDER BY branch_id, business_date
        ON CONFLICT (branch_id, business_date) DO UPDATE SET
            new_cards = t.new_cards + excluded.new_cards,
            new_cards_activated = t.new_cards_activated + excluded.new_cards_activated,
            active_members = t.active_members + excluded.active_members,
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

    public static Task ApplyAsync(MemberCardDbContext db, RollupBatch batch, CancellationToken cancellationToken)
    {
        var activity = batch.Activity.ToList();
        var points = batch.MonthlyPoints.ToList();
        var daily = batch.Daily.ToList();
        object[] parameters =
        [
            new NpgsqlParameter("a_member", activity.Select(a => a.Key.Member).ToArray()),
            new NpgsqlParameter("a_branch", activity.Select(a => a.Key.Branch).ToArray()),
            new NpgsqlParameter("a_month", activity.Select(a => a.Key.Month).ToArray()),
            new NpgsqlParameter("a_date", activity.Select(a => a.Value).ToArray()),
            new NpgsqlParameter("p_branch", points.Select(p => p.Key.Branch).ToArray()),
            new NpgsqlParameter("p_month", points.Select(p => p.Key.Month).ToArray()),
            new NpgsqlParameter("p_net", points.Select(p => p.Value).ToArray()),
            new NpgsqlParameter("d_branch", daily.Select(d => d.Key.Branch).ToArray()),
            new NpgsqlParameter("d_date", daily.Select(d => d.Key.Date).ToArray()),
            new NpgsqlParameter("d_new_cards", daily.Select(d => d.Value.NewCards).ToArray()),
            new NpgsqlParameter("d_activated", daily.Select(d => d.Value.NewCardsActivated).ToArray()),
            new NpgsqlParameter("d_purchases", daily.Select(d => d.Value.Purchases).ToArray()),
            new NpgsqlParameter("d_purchase_amount", daily.Select(d => d.Value.PurchaseAmount).ToArray()),
            new NpgsqlParameter("d_returns", daily.Select(d => d.Value.Returns).ToArray()),
            new NpgsqlParameter("d_returned_amount", daily.Select(d => d.Value.ReturnedAmount).ToArray()),
            new NpgsqlParameter("d_redemptions", daily.Select(d => d.Value.Redemptions).ToArray()),
            new NpgsqlParameter("d_earned", daily.Select(d => d.Value.PointsEarned).ToArray()),
            new NpgsqlParameter("d_reversed", daily.Select(d => d.Value.PointsReversed).ToArray()),
            new NpgsqlParameter("d_gifted", daily.Select(d => d.Value.PointsGifted).ToArray()),
            new NpgsqlParameter("d_adjusted", daily.Select(d => d.Value.PointsAdjusted).ToArray()),
            new NpgsqlParameter("d_redeemed", daily.Select(d => d.Value.PointsRedeemed).ToArray()),
            new NpgsqlParameter("d_paid", daily.Select(d => d.Value.PointsPaid).ToArray()),
            new NpgsqlParameter("d_refunded", daily.Select(d => d.Value.PointsRefunded).ToArray()),
            new NpgsqlParameter("d_expired", daily.Select(d => d.Value.PointsExpired).ToArray()),
        ];
        return db.Database.ExecuteSqlRawAsync(Sql, parameters, cancellationToken);
    }
}
