using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberCard.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class BirthdayAndFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "birthday_gifts",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    gift_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    collected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    collected_on = table.Column<DateOnly>(type: "date", nullable: true),
                    returned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    returned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_birthday_gifts", x => x.id);
                    table.ForeignKey(
                        name: "fk_birthday_gifts_branches_branch_id",
                        column: x => x.branch_id,
                        principalSchema: "membercard",
                        principalTable: "branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_birthday_gifts_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membercard",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_tasks",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    purchase_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cadence_started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    step = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_up_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_follow_up_tasks_branches_branch_id",
                        column: x => x.branch_id,
                        principalSchema: "membercard",
                        principalTable: "branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_follow_up_tasks_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membercard",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_birthday_gifts_branch_id_issued_on",
                schema: "membercard",
                table: "birthday_gifts",
                columns: new[] { "branch_id", "issued_on" });

            migrationBuilder.CreateIndex(
                name: "ix_birthday_gifts_member_id_year",
                schema: "membercard",
                table: "birthday_gifts",
                columns: new[] { "member_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_tasks_branch_id_due_at",
                schema: "membercard",
                table: "follow_up_tasks",
                columns: new[] { "branch_id", "due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_tasks_member_id_status",
                schema: "membercard",
                table: "follow_up_tasks",
                columns: new[] { "member_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_tasks_status_kind_due_at",
                schema: "membercard",
                table: "follow_up_tasks",
                columns: new[] { "status", "kind", "due_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "birthday_gifts",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "follow_up_tasks",
                schema: "membercard");
        }
    }
}
