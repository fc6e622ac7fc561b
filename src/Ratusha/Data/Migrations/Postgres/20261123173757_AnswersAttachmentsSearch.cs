using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ratusha.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AnswersAttachmentsSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search over the applicant and the text (AppealSearch): maintained by PostgreSQL itself.
            migrationBuilder.Sql("""
                ALTER TABLE appeals ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('simple',
                    coalesce(surname, '') || ' ' || coalesce(given_name, '') || ' ' || coalesce(patronymic, '') || ' ' ||
                    coalesce(address, '') || ' ' || coalesce(phone, '') || ' ' || coalesce(email, '') || ' ' || text)) STORED;
                CREATE INDEX ix_appeals_search ON appeals USING gin (search);
                """);

            migrationBuilder.AddColumn<byte[]>(
                name: "attachment",
                table: "outbox_messages",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "attachment_name",
                table: "outbox_messages",
                type: "character varying(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "attachment_type",
                table: "outbox_messages",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "appeal_route",
                table: "assignment_reports",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "delivered_by",
                table: "assignment_reports",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "delivered_on",
                table: "assignment_reports",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "delivered_to",
                table: "assignment_reports",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "grounds",
                table: "assignment_reports",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "result",
                table: "assignment_reports",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    card_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    length = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    uploaded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_attachments_registration_cards_card_id",
                        column: x => x.card_id,
                        principalTable: "registration_cards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "attachment_contents",
                columns: table => new
                {
                    attachment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attachment_contents", x => x.attachment_id);
                    table.ForeignKey(
                        name: "fk_attachment_contents_attachments_attachment_id",
                        column: x => x.attachment_id,
                        principalTable: "attachments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_registration_cards_year_number",
                table: "registration_cards",
                columns: new[] { "year", "number" });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_card_id",
                table: "assignments",
                column: "card_id");

            migrationBuilder.CreateIndex(
                name: "ix_assignments_state_due_date",
                table: "assignments",
                columns: new[] { "state", "due_date" });

            migrationBuilder.CreateIndex(
                name: "ix_attachments_card_id",
                table: "attachments",
                column: "card_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_appeals_search; ALTER TABLE appeals DROP COLUMN IF EXISTS search;");

            migrationBuilder.DropTable(
                name: "attachment_contents");

            migrationBuilder.DropTable(
                name: "attachments");

            migrationBuilder.DropIndex(
                name: "ix_registration_cards_year_number",
                table: "registration_cards");

            migrationBuilder.DropIndex(
                name: "ix_assignments_card_id",
                table: "assignments");

            migrationBuilder.DropIndex(
                name: "ix_assignments_state_due_date",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "attachment",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "attachment_name",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "attachment_type",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "appeal_route",
                table: "assignment_reports");

            migrationBuilder.DropColumn(
                name: "delivered_by",
                table: "assignment_reports");

            migrationBuilder.DropColumn(
                name: "delivered_on",
                table: "assignment_reports");

            migrationBuilder.DropColumn(
                name: "delivered_to",
                table: "assignment_reports");

            migrationBuilder.DropColumn(
                name: "grounds",
                table: "assignment_reports");

            migrationBuilder.DropColumn(
                name: "result",
                table: "assignment_reports");
        }
    }
}
