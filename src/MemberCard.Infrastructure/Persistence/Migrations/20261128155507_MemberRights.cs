using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberCard.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MemberRights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddCheckConstraint(
                name: "ck_members_exited_erased",
                schema: "membercard",
                table: "members",
                sql: "status <> 'Exited' OR (points_balance = 0 AND name = '已退会' AND phone = '10000000000' AND pending_phone IS NULL AND birth_date IN ('-infinity', '0001-01-01') AND address IS NULL AND email IS NULL AND mini_program_open_id IS NULL AND official_account_open_id IS NULL AND union_id IS NULL)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_members_exited_erased",
                schema: "membercard",
                table: "members");
        }
    }
}
