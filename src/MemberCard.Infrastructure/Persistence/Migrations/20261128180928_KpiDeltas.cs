using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberCard.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class KpiDeltas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kpi_deltas",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    business_date = table.Column<DateOnly>(type: "date", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: true),
                    new_cards = table.Column<int>(type: "integer", nullable: false),
                    new_cards_activated = table.Column<int>(type: "integer", nullable: false),
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
                    net_points = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kpi_deltas", x => x.id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kpi_deltas",
                schema: "membercard");
        }
    }
}
