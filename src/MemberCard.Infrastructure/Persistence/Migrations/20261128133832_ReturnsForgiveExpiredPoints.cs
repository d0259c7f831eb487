using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberCard.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReturnsForgiveExpiredPoints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "points_expired_forgiven",
                schema: "membercard",
                table: "purchases",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "points_expired_forgiven",
                schema: "membercard",
                table: "purchase_returns",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "points_expired_forgiven",
                schema: "membercard",
                table: "purchases");

            migrationBuilder.DropColumn(
                name: "points_expired_forgiven",
                schema: "membercard",
                table: "purchase_returns");
        }
    }
}
