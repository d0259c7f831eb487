using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MemberCard.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PointsEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "max_points_multiplier",
                schema: "membercard",
                table: "programme_settings",
                type: "numeric(7,4)",
                precision: 7,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "milestone_claim_months",
                schema: "membercard",
                table: "programme_settings",
                type: "integer",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<string>(
                name: "milestones",
                schema: "membercard",
                table: "programme_settings",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<List<int>>(
                name: "redemption_months",
                schema: "membercard",
                table: "programme_settings",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "'{}'");

            // Existing programmes get the spec's default milestone gifts (返礼), as a new one would.
            migrationBuilder.Sql(
                """
                UPDATE membercard.programme_settings
                SET milestones = '[{"Points":5000,"GiftValue":200},{"Points":8000,"GiftValue":500},{"Points":10000,"GiftValue":800},{"Points":15000,"GiftValue":1380}]'::jsonb
                WHERE milestones IS NULL;
                """);

            migrationBuilder.CreateTable(
                name: "gifts",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    points_price = table.Column<long>(type: "bigint", nullable: false),
                    stock = table.Column<int>(type: "integer", nullable: false),
                    active_from = table.Column<DateOnly>(type: "date", nullable: true),
                    active_to = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gifts", x => x.id);
                    table.CheckConstraint("ck_gifts_points_price_positive", "points_price > 0");
                    table.CheckConstraint("ck_gifts_stock_non_negative", "stock >= 0");
                });

            migrationBuilder.CreateTable(
                name: "job_runs",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    trigger = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    processed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "milestone_claims",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    card_year_start = table.Column<DateOnly>(type: "date", nullable: false),
                    milestone_points = table.Column<long>(type: "bigint", nullable: false),
                    points_earned = table.Column<long>(type: "bigint", nullable: false),
                    gift_value = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    eligible_on = table.Column<DateOnly>(type: "date", nullable: false),
                    lapses_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    claimed_at_branch_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_milestone_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_milestone_claims_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membercard",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "points_campaigns",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    multiplier = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    branch_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    categories = table.Column<List<string>>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_points_campaigns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "points_ledger",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    points = table.Column<long>(type: "bigint", nullable: false),
                    balance_after = table.Column<long>(type: "bigint", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    business_date = table.Column<DateOnly>(type: "date", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: true),
                    purchase_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reference_id = table.Column<Guid>(type: "uuid", nullable: true),
                    card_number = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    lot_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_points_ledger", x => x.id);
                    table.CheckConstraint("ck_points_ledger_balance_after_non_negative", "balance_after >= 0");
                    table.ForeignKey(
                        name: "fk_points_ledger_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membercard",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "points_lots",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    credited_on = table.Column<DateOnly>(type: "date", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: false),
                    original = table.Column<long>(type: "bigint", nullable: false),
                    remaining = table.Column<long>(type: "bigint", nullable: false),
                    purchase_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_points_lots", x => x.id);
                    table.CheckConstraint("ck_points_lots_remaining_in_range", "remaining >= 0 AND remaining <= original");
                    table.ForeignKey(
                        name: "fk_points_lots_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membercard",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "purchases",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    receipt_no = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    card_number = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    business_date = table.Column<DateOnly>(type: "date", nullable: false),
                    tier_before = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    tier_after = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    is_birthday = table.Column<bool>(type: "boolean", nullable: false),
                    is_card_application_purchase = table.Column<bool>(type: "boolean", nullable: false),
                    list_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    discount_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    net_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    points_used = table.Column<long>(type: "bigint", nullable: false),
                    points_value = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    amount_due = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    points_earned = table.Column<long>(type: "bigint", nullable: false),
                    earned_lot_id = table.Column<Guid>(type: "uuid", nullable: true),
                    returned_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    points_reversal_settled = table.Column<long>(type: "bigint", nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    response_json = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_purchases", x => x.id);
                    table.ForeignKey(
                        name: "fk_purchases_branches_branch_id",
                        column: x => x.branch_id,
                        principalSchema: "membercard",
                        principalTable: "branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_purchases_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membercard",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tier_changes",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    to = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    purchase_id = table.Column<Guid>(type: "uuid", nullable: true),
                    basis = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tier_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_tier_changes_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membercard",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "redemptions",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    gift_id = table.Column<Guid>(type: "uuid", nullable: true),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    points = table.Column<long>(type: "bigint", nullable: false),
                    value = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: true),
                    card_number = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    business_date = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_redemptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_redemptions_gifts_gift_id",
                        column: x => x.gift_id,
                        principalSchema: "membercard",
                        principalTable: "gifts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_redemptions_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "membercard",
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "purchase_lines",
                schema: "membercard",
                columns: table => new
                {
                    purchase_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_no = table.Column<int>(type: "integer", nullable: false),
                    sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    quantity = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: false),
                    unit_price = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    special_price = table.Column<bool>(type: "boolean", nullable: false),
                    promotion = table.Column<bool>(type: "boolean", nullable: false),
                    list_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    discount_kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    discount_rate = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    discount_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    net_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    points_used = table.Column<long>(type: "bigint", nullable: false),
                    points_value = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: false),
                    paid_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    earns_points = table.Column<bool>(type: "boolean", nullable: false),
                    points_multiplier = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: false),
                    earn_weight = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    returned_quantity = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: false),
                    points_refunded = table.Column<long>(type: "bigint", nullable: false),
                    amount_refunded = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_purchase_lines", x => new { x.purchase_id, x.line_no });
                    table.CheckConstraint("ck_purchase_lines_quantity_positive", "quantity > 0");
                    table.CheckConstraint("ck_purchase_lines_returned_in_range", "returned_quantity >= 0 AND returned_quantity <= quantity");
                    table.ForeignKey(
                        name: "fk_purchase_lines_purchases_purchase_id",
                        column: x => x.purchase_id,
                        principalSchema: "membercard",
                        principalTable: "purchases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "purchase_returns",
                schema: "membercard",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    purchase_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    business_date = table.Column<DateOnly>(type: "date", nullable: false),
                    lines_json = table.Column<string>(type: "jsonb", nullable: false),
                    returned_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    money_refund = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: false),
                    points_refunded = table.Column<long>(type: "bigint", nullable: false),
                    points_reversed = table.Column<long>(type: "bigint", nullable: false),
                    points_shortfall = table.Column<long>(type: "bigint", nullable: false),
                    cash_to_collect = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_purchase_returns", x => x.id);
                    table.ForeignKey(
                        name: "fk_purchase_returns_purchases_purchase_id",
                        column: x => x.purchase_id,
                        principalSchema: "membercard",
                        principalTable: "purchases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_job_runs_name_as_of",
                schema: "membercard",
                table: "job_runs",
                columns: new[] { "name", "as_of" });

            migrationBuilder.CreateIndex(
                name: "ix_milestone_claims_member_id_card_year_start_milestone_points",
                schema: "membercard",
                table: "milestone_claims",
                columns: new[] { "member_id", "card_year_start", "milestone_points" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_milestone_claims_status_lapses_on",
                schema: "membercard",
                table: "milestone_claims",
                columns: new[] { "status", "lapses_on" });

            migrationBuilder.CreateIndex(
                name: "ix_points_campaigns_starts_on_ends_on",
                schema: "membercard",
                table: "points_campaigns",
                columns: new[] { "starts_on", "ends_on" });

            migrationBuilder.CreateIndex(
                name: "ix_points_ledger_member_id_id",
                schema: "membercard",
                table: "points_ledger",
                columns: new[] { "member_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_points_ledger_purchase_id",
                schema: "membercard",
                table: "points_ledger",
                column: "purchase_id",
                filter: "purchase_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_points_lots_expires_on",
                schema: "membercard",
                table: "points_lots",
                column: "expires_on",
                filter: "remaining > 0");

            migrationBuilder.CreateIndex(
                name: "ix_points_lots_member_id_expires_on",
                schema: "membercard",
                table: "points_lots",
                columns: new[] { "member_id", "expires_on" },
                filter: "remaining > 0");

            migrationBuilder.CreateIndex(
                name: "ix_purchase_returns_branch_id_business_date",
                schema: "membercard",
                table: "purchase_returns",
                columns: new[] { "branch_id", "business_date" });

            migrationBuilder.CreateIndex(
                name: "ix_purchase_returns_purchase_id_sequence",
                schema: "membercard",
                table: "purchase_returns",
                columns: new[] { "purchase_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_purchases_branch_id_business_date",
                schema: "membercard",
                table: "purchases",
                columns: new[] { "branch_id", "business_date" });

            migrationBuilder.CreateIndex(
                name: "ix_purchases_branch_id_idempotency_key",
                schema: "membercard",
                table: "purchases",
                columns: new[] { "branch_id", "idempotency_key" },
                unique: true,
                filter: "idempotency_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_purchases_branch_id_receipt_no",
                schema: "membercard",
                table: "purchases",
                columns: new[] { "branch_id", "receipt_no" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_purchases_member_id_business_date",
                schema: "membercard",
                table: "purchases",
                columns: new[] { "member_id", "business_date" });

            migrationBuilder.CreateIndex(
                name: "ix_redemptions_branch_id_reference",
                schema: "membercard",
                table: "redemptions",
                columns: new[] { "branch_id", "reference" },
                unique: true,
                filter: "reference IS NOT NULL AND branch_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_redemptions_gift_id",
                schema: "membercard",
                table: "redemptions",
                column: "gift_id");

            migrationBuilder.CreateIndex(
                name: "ix_redemptions_member_id_occurred_at",
                schema: "membercard",
                table: "redemptions",
                columns: new[] { "member_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_redemptions_member_id_reference",
                schema: "membercard",
                table: "redemptions",
                columns: new[] { "member_id", "reference" },
                unique: true,
                filter: "reference IS NOT NULL AND branch_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tier_changes_member_id_id",
                schema: "membercard",
                table: "tier_changes",
                columns: new[] { "member_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "job_runs",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "milestone_claims",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "points_campaigns",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "points_ledger",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "points_lots",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "purchase_lines",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "purchase_returns",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "redemptions",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "tier_changes",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "purchases",
                schema: "membercard");

            migrationBuilder.DropTable(
                name: "gifts",
                schema: "membercard");

            migrationBuilder.DropColumn(
                name: "max_points_multiplier",
                schema: "membercard",
                table: "programme_settings");

            migrationBuilder.DropColumn(
                name: "milestone_claim_months",
                schema: "membercard",
                table: "programme_settings");

            migrationBuilder.DropColumn(
                name: "milestones",
                schema: "membercard",
                table: "programme_settings");

            migrationBuilder.DropColumn(
                name: "redemption_months",
                schema: "membercard",
                table: "programme_settings");
        }
    }
}
