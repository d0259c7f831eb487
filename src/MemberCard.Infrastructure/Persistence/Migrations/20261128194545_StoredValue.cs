using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MemberCard.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StoredValue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ignore_deposits_for_tier",
                schema: "membercard",
                table: "programme_settings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "stored_value_max_balance",
                schema: "membercard",
                table: "programme_settings",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: false,
                defaultValue: 5000m);

            migrationBuilder.AddColumn<string>(
                name: "stored_value_spend_order",
                schema: "membercard",
                table: "programme_settings",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "BonusFirst");

            migrationBuilder.CreateTable(
                name: "stored_value_accounts",
                schema: "membercard",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    principal = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    bonus = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stored_value_accounts", x => x.member_id);
                    table.CheckConstraint("ck_stored_value_accounts_bonus_non_negative", "bonus >= 0");
                    table.CheckConstraint("ck_stored_value_accounts_principal_non_negative", "principal >= 0");
                    table.ForeignKey(
                        name: "fk_stored_value_accounts_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membercard",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stored_value_ledger",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    principal = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    bonus = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    principal_after = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    bonus_after = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    business_date = table.Column<DateOnly>(type: "date", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: true),
                    card_number = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    purchase_id = table.Column<Guid>(type: "uuid", nullable: true),
                    top_up_id = table.Column<Guid>(type: "uuid", nullable: true),
                    approved_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stored_value_ledger", x => x.id);
                    table.CheckConstraint("ck_stored_value_ledger_after_non_negative", "principal_after >= 0 AND bonus_after >= 0");
                    table.CheckConstraint("ck_stored_value_ledger_moves", "principal <> 0 OR bonus <> 0");
                    table.ForeignKey(
                        name: "fk_stored_value_ledger_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membercard",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stored_value_top_ups",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    card_number = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    receipt_no = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    response_json = table.Column<string>(type: "jsonb", nullable: true),
                    package_id = table.Column<Guid>(type: "uuid", nullable: true),
                    principal = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    bonus = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    payment_method = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    transaction_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    settled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rejection_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stored_value_top_ups", x => x.id);
                    table.CheckConstraint("ck_stored_value_top_ups_amounts", "principal > 0 AND bonus >= 0");
                    table.ForeignKey(
                        name: "fk_stored_value_top_ups_branches_branch_id",
                        column: x => x.branch_id,
                        principalSchema: "membercard",
                        principalTable: "branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_stored_value_top_ups_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membercard",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "top_up_packages",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    pay = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    bonus = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_top_up_packages", x => x.id);
                    table.CheckConstraint("ck_top_up_packages_amounts", "pay > 0 AND bonus >= 0");
                });

            migrationBuilder.CreateIndex(
                name: "ix_stored_value_ledger_branch_id_business_date",
                schema: "membercard",
                table: "stored_value_ledger",
                columns: new[] { "branch_id", "business_date" });

            migrationBuilder.CreateIndex(
                name: "ix_stored_value_ledger_business_date",
                schema: "membercard",
                table: "stored_value_ledger",
                column: "business_date");

            migrationBuilder.CreateIndex(
                name: "ix_stored_value_ledger_member_id_id",
                schema: "membercard",
                table: "stored_value_ledger",
                columns: new[] { "member_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_stored_value_ledger_purchase_id",
                schema: "membercard",
                table: "stored_value_ledger",
                column: "purchase_id",
                filter: "purchase_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_stored_value_top_ups_branch_id_idempotency_key",
                schema: "membercard",
                table: "stored_value_top_ups",
                columns: new[] { "branch_id", "idempotency_key" },
                unique: true,
                filter: "idempotency_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_stored_value_top_ups_branch_id_receipt_no",
                schema: "membercard",
                table: "stored_value_top_ups",
                columns: new[] { "branch_id", "receipt_no" },
                unique: true,
                filter: "channel = 'Till'");

            migrationBuilder.CreateIndex(
                name: "ix_stored_value_top_ups_member_id_created_at",
                schema: "membercard",
                table: "stored_value_top_ups",
                columns: new[] { "member_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_stored_value_top_ups_trade_no",
                schema: "membercard",
                table: "stored_value_top_ups",
                column: "receipt_no",
                unique: true,
                filter: "channel = 'Online'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "stored_value_accounts",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "stored_value_ledger",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "stored_value_top_ups",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "top_up_packages",
                schema: "membercard");

            migrationBuilder.DropColumn(
                name: "ignore_deposits_for_tier",
                schema: "membercard",
                table: "programme_settings");

            migrationBuilder.DropColumn(
                name: "stored_value_max_balance",
                schema: "membercard",
                table: "programme_settings");

            migrationBuilder.DropColumn(
                name: "stored_value_spend_order",
                schema: "membercard",
                table: "programme_settings");
        }
    }
}
