using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberCard.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Referrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "pending_referral_id",
                schema: "membercard",
                table: "members",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "referral_code",
                schema: "membercard",
                table: "members",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "referral_settings",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    referrer_points = table.Column<long>(type: "bigint", nullable: false),
                    referee_points = table.Column<long>(type: "bigint", nullable: false),
                    monthly_cap = table.Column<int>(type: "integer", nullable: false),
                    return_window_days = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referral_settings", x => x.id);
                    table.CheckConstraint("ck_referral_settings_ranges", "referrer_points BETWEEN 0 AND 100000 AND referee_points BETWEEN 0 AND 100000 AND monthly_cap BETWEEN 0 AND 1000 AND return_window_days BETWEEN 0 AND 365");
                    table.CheckConstraint("ck_referral_settings_singleton", "id = 1");
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    referrer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referrer_branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    refusal_reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_on = table.Column<DateOnly>(type: "date", nullable: false),
                    purchase_id = table.Column<Guid>(type: "uuid", nullable: true),
                    rewarded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    referrer_points = table.Column<long>(type: "bigint", nullable: false),
                    referee_points = table.Column<long>(type: "bigint", nullable: false),
                    referrer_lot_id = table.Column<Guid>(type: "uuid", nullable: true),
                    referee_lot_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reversed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    referrer_shortfall = table.Column<long>(type: "bigint", nullable: false),
                    referee_shortfall = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals", x => x.id);
                    table.CheckConstraint("ck_referrals_not_self", "referrer_id <> referee_id");
                    table.CheckConstraint("ck_referrals_points_non_negative", "referrer_points >= 0 AND referee_points >= 0 AND referrer_shortfall >= 0 AND referee_shortfall >= 0");
                    table.CheckConstraint("ck_referrals_refused_has_reason", "(status = 'Refused') = (refusal_reason IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_referrals_branches_branch_id",
                        column: x => x.branch_id,
                        principalSchema: "membercard",
                        principalTable: "branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_branches_referrer_branch_id",
                        column: x => x.referrer_branch_id,
                        principalSchema: "membercard",
                        principalTable: "branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_members_referee_id",
                        column: x => x.referee_id,
                        principalSchema: "membercard",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_members_referrer_id",
                        column: x => x.referrer_id,
                        principalSchema: "membercard",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_members_referral_code",
                schema: "membercard",
                table: "members",
                column: "referral_code",
                unique: true,
                filter: "referral_code IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_branch_id",
                schema: "membercard",
                table: "referrals",
                column: "branch_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_created_on_branch_id",
                schema: "membercard",
                table: "referrals",
                columns: new[] { "created_on", "branch_id" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_purchase_id",
                schema: "membercard",
                table: "referrals",
                column: "purchase_id",
                unique: true,
                filter: "purchase_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_referee_id",
                schema: "membercard",
                table: "referrals",
                column: "referee_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_referrals_referrer_branch_id",
                schema: "membercard",
                table: "referrals",
                column: "referrer_branch_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_referrer_id_created_on",
                schema: "membercard",
                table: "referrals",
                columns: new[] { "referrer_id", "created_on" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_status_created_at",
                schema: "membercard",
                table: "referrals",
                columns: new[] { "status", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "referral_settings",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "referrals",
                schema: "membercard");

            migrationBuilder.DropIndex(
                name: "ix_members_referral_code",
                schema: "membercard",
                table: "members");

            migrationBuilder.DropColumn(
                name: "pending_referral_id",
                schema: "membercard",
                table: "members");

            migrationBuilder.DropColumn(
                name: "referral_code",
                schema: "membercard",
                table: "members");
        }
    }
}
