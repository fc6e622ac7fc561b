using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ratusha.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeputyAppeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "deputy_appeals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    card_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    deputy_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    deputy_key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    convocation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    faction = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    outgoing_number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    outgoing_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    term_due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    hearing_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    hearing_time = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    hearing_place = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    hearing_notice_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    considered_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    answer_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    answer_text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    answer_sent_by = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    answer_sent_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    answer_sent_to = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deputy_appeals", x => x.id);
                    table.ForeignKey(
                        name: "fk_deputy_appeals_registration_cards_card_id",
                        column: x => x.card_id,
                        principalTable: "registration_cards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "deputy_notices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    deputy_appeal_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    written_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    sent_by = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    sent_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    sent_to = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deputy_notices", x => x.id);
                    table.ForeignKey(
                        name: "fk_deputy_notices_deputy_appeals_deputy_appeal_id",
                        column: x => x.deputy_appeal_id,
                        principalTable: "deputy_appeals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_deputy_appeals_card_id",
                table: "deputy_appeals",
                column: "card_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_deputy_appeals_kind_deputy_key",
                table: "deputy_appeals",
                columns: new[] { "kind", "deputy_key" });

            migrationBuilder.CreateIndex(
                name: "ix_deputy_appeals_term_due",
                table: "deputy_appeals",
                column: "term_due");

            migrationBuilder.CreateIndex(
                name: "ix_deputy_notices_deputy_appeal_id",
                table: "deputy_notices",
                column: "deputy_appeal_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "deputy_notices");

            migrationBuilder.DropTable(
                name: "deputy_appeals");
        }
    }
}
