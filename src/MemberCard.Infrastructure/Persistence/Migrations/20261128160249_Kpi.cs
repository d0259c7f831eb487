using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberCard.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Kpi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "branch_daily_stats",
                schema: "membercard",
                columns: table => new
                {
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    business_date = table.Column<DateOnly>(type: "date", nullable: false),
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
                    points_expired = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_branch_daily_stats", x => new { x.branch_id, x.business_date });
                    table.ForeignKey(
                        name: "fk_branch_daily_stats_branches_branch_id",
                        column: x => x.branch_id,
                        principalSchema: "membercard",
                        principalTable: "branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "branch_monthly_points",
                schema: "membercard",
                columns: table => new
                {
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    net_points = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_branch_monthly_points", x => new { x.branch_id, x.month });
                    table.ForeignKey(
                        name: "fk_branch_monthly_points_branches_branch_id",
                        column: x => x.branch_id,
                        principalSchema: "membercard",
                        principalTable: "branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "kpi_weights",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    new_cards = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    activation_rate = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    active_members = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    purchase_frequency = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    average_spend = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    redemptions = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    satisfaction = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kpi_weights", x => x.id);
                    table.CheckConstraint("ck_kpi_weights_singleton", "id = 1");
                });

            migrationBuilder.CreateTable(
                name: "member_branch_month_activity",
                schema: "membercard",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    first_business_date = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_branch_month_activity", x => new { x.month, x.branch_id, x.member_id });
                    table.ForeignKey(
                        name: "fk_member_branch_month_activity_branches_branch_id",
                        column: x => x.branch_id,
                        principalSchema: "membercard",
                        principalTable: "branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_member_branch_month_activity_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membercard",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_branch_daily_stats_business_date",
                schema: "membercard",
                table: "branch_daily_stats",
                column: "business_date");

            migrationBuilder.CreateIndex(
                name: "ix_member_branch_month_activity_branch_id",
                schema: "membercard",
                table: "member_branch_month_activity",
                column: "branch_id");

            migrationBuilder.CreateIndex(
                name: "ix_member_branch_month_activity_member_id",
                schema: "membercard",
                table: "member_branch_month_activity",
                column: "member_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "branch_daily_stats",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "branch_monthly_points",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "kpi_weights",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "member_branch_month_activity",
                schema: "membercard");
        }
    }
}
