using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ratusha.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HotlineJournals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_registration_cards_year_number",
                table: "registration_cards");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "centre_received_at",
                table: "appeals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_case_number",
                table: "appeals",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "hotline_column_mappings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    header = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    field = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hotline_column_mappings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "hotline_report_backs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    appeal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    answer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    way = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hotline_report_backs", x => x.id);
                    table.ForeignKey(
                        name: "fk_hotline_report_backs_appeals_appeal_id",
                        column: x => x.appeal_id,
                        principalTable: "appeals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_registration_cards_year_number_sequence_key",
                table: "registration_cards",
                columns: new[] { "year", "number", "sequence_key" });

            migrationBuilder.CreateIndex(
                name: "ix_appeals_channel_external_case_number",
                table: "appeals",
                columns: new[] { "channel", "external_case_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hotline_column_mappings_source_header",
                table: "hotline_column_mappings",
                columns: new[] { "source", "header" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hotline_report_backs_answer_id",
                table: "hotline_report_backs",
                column: "answer_id");

            migrationBuilder.CreateIndex(
                name: "ix_hotline_report_backs_appeal_id_reported_at",
                table: "hotline_report_backs",
                columns: new[] { "appeal_id", "reported_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hotline_column_mappings");

            migrationBuilder.DropTable(
                name: "hotline_report_backs");

            migrationBuilder.DropIndex(
                name: "ix_registration_cards_year_number_sequence_key",
                table: "registration_cards");

            migrationBuilder.DropIndex(
                name: "ix_appeals_channel_external_case_number",
                table: "appeals");

            migrationBuilder.DropColumn(
                name: "centre_received_at",
                table: "appeals");

            migrationBuilder.DropColumn(
                name: "external_case_number",
                table: "appeals");

            migrationBuilder.CreateIndex(
                name: "ix_registration_cards_year_number",
                table: "registration_cards",
                columns: new[] { "year", "number" });
        }
    }
}
