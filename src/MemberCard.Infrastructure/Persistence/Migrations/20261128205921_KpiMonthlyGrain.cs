using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberCard.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class KpiMonthlyGrain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "closing_points",
                schema: "membercard",
                table: "branch_monthly_points",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "branch_monthly_stats",
                schema: "membercard",
                columns: table => new
                {
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    new_cards = table.Column<int>(type: "integer", nullable: false),
                    new_cards_activated = table.Column<int>(type: "integer", nullable: false),
                    active_members = table.Column<int>(type: "integer", nullable: false),
                    purchases = table.Column<int>(type: "integer", nullable: false),
                    purchase_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    returns = table.Column<int>(type: "integer", nullable: false),
                    returned_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    redemptions = table.Column<int>(type: "integer", nullable: false),
                    points_earned = table.Column<long>(type: "bigint", nullable: false),
                    points_reversed = table.Column<long>(type: "bigint", nullable: false),
                    points_gifted = table.Column<long>(type: "bigint", nullable: false),
                    points_adjusted = table.Column<long>(type: "bigint", nullable: false),
                    points_redeemed = table.Column<long>(type: "bigint", nullable: false),
                    points_paid = table.Column<long>(type: "bigint", nullable: false),
                    points_refunded = table.Column<long>(type: "bigint", nullable: false),
                    points_expired = table.Column<long>(type: "bigint", nullable: false),
                    net_points = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_branch_monthly_stats", x => new { x.branch_id, x.month });
                    table.ForeignKey(
                        name: "fk_branch_monthly_stats_branches_branch_id",
                        column: x => x.branch_id,
                        principalSchema: "membercard",
                        principalTable: "branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_branch_monthly_stats_month",
                schema: "membercard",
                table: "branch_monthly_stats",
                column: "month");

            // Existing rollups: the running balances and the monthly rows from what is folded already (pending
            // deltas are folded into both later, like any other).
            migrationBuilder.Sql("""
                UPDATE membercard.branch_monthly_points t SET closing_points = c.closing_points
                FROM (SELECT branch_id, month, sum(net_points) OVER (PARTITION BY branch_id ORDER BY month) AS closing_points
                      FROM membercard.branch_monthly_points) c
                WHERE t.branch_id = c.branch_id AND t.month = c.month;

                INSERT INTO membercard.branch_monthly_stats
                    (branch_id, month, active_members, new_cards, new_cards_activated, purchases, purchase_amount, returns, returned_amount,
                     redemptions, points_earned, points_reversed, points_gifted, points_adjusted, points_redeemed, points_paid, points_refunded,
                     points_expired, net_points)
                SELECT d.branch_id, d.month, sum(active_members), sum(new_cards), sum(new_cards_activated), sum(purchases), sum(purchase_amount),
                       sum(returns), sum(returned_amount), sum(redemptions), sum(points_earned), sum(points_reversed), sum(points_gifted),
                       sum(points_adjusted), sum(points_redeemed), sum(points_paid), sum(points_refunded), sum(points_expired),
                       coalesce(min(p.net_points), 0)
                FROM (SELECT *, date_trunc('month', business_date::timestamp)::date AS month FROM membercard.branch_daily_stats) d
                LEFT JOIN membercard.branch_monthly_points p ON p.branch_id = d.branch_id AND p.month = d.month
                GROUP BY d.branch_id, d.month;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "branch_monthly_stats",
                schema: "membercard");

            migrationBuilder.DropColumn(
                name: "closing_points",
                schema: "membercard",
                table: "branch_monthly_points");
        }
    }
}
