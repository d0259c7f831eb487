using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberCard.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ServiceLeftovers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "complaint_response_hours",
                schema: "membercard",
                table: "programme_settings",
                type: "integer",
                nullable: false,
                defaultValue: 48);

            migrationBuilder.AddColumn<List<int>>(
                name: "follow_up_call_months",
                schema: "membercard",
                table: "programme_settings",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "'{1,4,6,9}'::integer[]");

            migrationBuilder.AddColumn<int>(
                name: "follow_up_care_days",
                schema: "membercard",
                table: "programme_settings",
                type: "integer",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<int>(
                name: "follow_up_greeting_weeks",
                schema: "membercard",
                table: "programme_settings",
                type: "integer",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<int>(
                name: "follow_up_thank_you_minutes",
                schema: "membercard",
                table: "programme_settings",
                type: "integer",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "submitted_at",
                schema: "membercard",
                table: "campaign_plans",
                type: "timestamp with time zone",
                nullable: true,
                oldClrType: typeof(DateTimeOffset),
                oldType: "timestamp with time zone");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                schema: "membercard",
                table: "campaign_plans",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.CreateIndex(
                name: "ix_complaints_submitted_at",
                schema: "membercard",
                table: "complaints",
                column: "submitted_at");

            migrationBuilder.CreateIndex(
                name: "ix_campaign_plans_status_ends_on",
                schema: "membercard",
                table: "campaign_plans",
                columns: new[] { "status", "ends_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_complaints_submitted_at",
                schema: "membercard",
                table: "complaints");

            migrationBuilder.DropIndex(
                name: "ix_campaign_plans_status_ends_on",
                schema: "membercard",
                table: "campaign_plans");

            migrationBuilder.DropColumn(
                name: "complaint_response_hours",
                schema: "membercard",
                table: "programme_settings");

            migrationBuilder.DropColumn(
                name: "follow_up_call_months",
                schema: "membercard",
                table: "programme_settings");

            migrationBuilder.DropColumn(
                name: "follow_up_care_days",
                schema: "membercard",
                table: "programme_settings");

            migrationBuilder.DropColumn(
                name: "follow_up_greeting_weeks",
                schema: "membercard",
                table: "programme_settings");

            migrationBuilder.DropColumn(
                name: "follow_up_thank_you_minutes",
                schema: "membercard",
                table: "programme_settings");

            migrationBuilder.DropColumn(
                name: "updated_at",
                schema: "membercard",
                table: "campaign_plans");

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "submitted_at",
                schema: "membercard",
                table: "campaign_plans",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)),
                oldClrType: typeof(DateTimeOffset),
                oldType: "timestamp with time zone",
                oldNullable: true);
        }
    }
}
