using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MemberCard.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "membercard");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    actor_kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    actor_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: true),
                    subject_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    subject_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    details = table.Column<string>(type: "jsonb", nullable: false),
                    correlation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "branches",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    region_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_branches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "programme_settings",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    single_purchase_upgrade_threshold = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    upgrade_spend_window_months = table.Column<int>(type: "integer", nullable: false),
                    downgrade_review_window_months = table.Column<int>(type: "integer", nullable: false),
                    birthday_discount_rate = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    birthday_points_multiplier = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    points_expiry_months = table.Column<int>(type: "integer", nullable: false),
                    points_per_yuan = table.Column<int>(type: "integer", nullable: false),
                    card_validity_months = table.Column<int>(type: "integer", nullable: true),
                    default_online_branch_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    tiers = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_settings", x => x.id);
                    table.CheckConstraint("ck_programme_settings_singleton", "id = 1");
                });

            migrationBuilder.CreateTable(
                name: "region_serials",
                schema: "membercard",
                columns: table => new
                {
                    region_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    last_serial = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_region_serials", x => x.region_code);
                });

            migrationBuilder.CreateTable(
                name: "api_keys",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: true),
                    prefix = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_keys", x => x.id);
                    table.ForeignKey(
                        name: "fk_api_keys_branches_branch_id",
                        column: x => x.branch_id,
                        principalSchema: "membercard",
                        principalTable: "branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "members",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    home_branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    gender = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    phone = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    phone_verified = table.Column<bool>(type: "boolean", nullable: false),
                    pending_phone = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    mini_program_open_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    official_account_open_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    union_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    tier = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    points_balance = table.Column<long>(type: "bigint", nullable: false),
                    channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    joined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    phone_digits = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true, computedColumnSql: "phone", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_members", x => x.id);
                    table.CheckConstraint("ck_members_points_balance_non_negative", "points_balance >= 0");
                    table.ForeignKey(
                        name: "fk_members_branches_home_branch_id",
                        column: x => x.home_branch_id,
                        principalSchema: "membercard",
                        principalTable: "branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cards",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    home_branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    issuing_branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    activated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    frozen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    replaced_by_card_id = table.Column<Guid>(type: "uuid", nullable: true),
                    replaces_card_id = table.Column<Guid>(type: "uuid", nullable: true),
                    we_chat_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cards", x => x.id);
                    table.ForeignKey(
                        name: "fk_cards_branches_issuing_branch_id",
                        column: x => x.issuing_branch_id,
                        principalSchema: "membercard",
                        principalTable: "branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cards_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membercard",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_branch_id",
                schema: "membercard",
                table: "api_keys",
                column: "branch_id");

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_hash",
                schema: "membercard",
                table: "api_keys",
                column: "hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_occurred_at",
                schema: "membercard",
                table: "audit_entries",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_subject_type_subject_id",
                schema: "membercard",
                table: "audit_entries",
                columns: new[] { "subject_type", "subject_id" });

            migrationBuilder.CreateIndex(
                name: "ix_branches_code",
                schema: "membercard",
                table: "branches",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cards_home_branch_id",
                schema: "membercard",
                table: "cards",
                column: "home_branch_id");

            migrationBuilder.CreateIndex(
                name: "ix_cards_issuing_branch_id",
                schema: "membercard",
                table: "cards",
                column: "issuing_branch_id");

            migrationBuilder.CreateIndex(
                name: "ix_cards_member_id",
                schema: "membercard",
                table: "cards",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_cards_number",
                schema: "membercard",
                table: "cards",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cards_we_chat_code",
                schema: "membercard",
                table: "cards",
                column: "we_chat_code",
                unique: true,
                filter: "we_chat_code IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_members_home_branch_id_joined_at",
                schema: "membercard",
                table: "members",
                columns: new[] { "home_branch_id", "joined_at" });

            migrationBuilder.CreateIndex(
                name: "ix_members_mini_program_open_id",
                schema: "membercard",
                table: "members",
                column: "mini_program_open_id",
                unique: true,
                filter: "status = 'Active' AND mini_program_open_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_members_official_account_open_id",
                schema: "membercard",
                table: "members",
                column: "official_account_open_id",
                filter: "official_account_open_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_members_phone",
                schema: "membercard",
                table: "members",
                column: "phone",
                unique: true,
                filter: "status = 'Active'");

            migrationBuilder.CreateIndex(
                name: "ix_members_phone_digits",
                schema: "membercard",
                table: "members",
                column: "phone_digits");

            migrationBuilder.CreateIndex(
                name: "ix_members_union_id",
                schema: "membercard",
                table: "members",
                column: "union_id",
                unique: true,
                filter: "status = 'Active' AND union_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_keys",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "cards",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "programme_settings",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "region_serials",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "members",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "branches",
                schema: "membercard");
        }
    }
}
