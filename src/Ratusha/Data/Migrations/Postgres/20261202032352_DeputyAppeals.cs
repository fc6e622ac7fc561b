using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ratusha.Data.Migrations.Postgres
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    card_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    deputy_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    deputy_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    convocation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    faction = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    outgoing_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    outgoing_date = table.Column<DateOnly>(type: "date", nullable: true),
                    text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    term_due = table.Column<DateOnly>(type: "date", nullable: false),
                    hearing_date = table.Column<DateOnly>(type: "date", nullable: true),
                    hearing_time = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    hearing_place = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    hearing_notice_due = table.Column<DateOnly>(type: "date", nullable: true),
                    considered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    answer_due = table.Column<DateOnly>(type: "date", nullable: true),
                    answer_text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    answer_sent_by = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    answer_sent_on = table.Column<DateOnly>(type: "date", nullable: true),
                    answer_sent_to = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    deputy_appeal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    written_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due = table.Column<DateOnly>(type: "date", nullable: true),
                    sent_by = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    sent_on = table.Column<DateOnly>(type: "date", nullable: true),
                    sent_to = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
