using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberCard.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PointsLedgerExpiredByLot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_points_ledger_lot_id",
                schema: "membercard",
                table: "points_ledger",
                column: "lot_id",
                filter: "kind = 'Expire'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_points_ledger_lot_id",
                schema: "membercard",
                table: "points_ledger");
        }
    }
}
