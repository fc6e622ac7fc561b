using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ratusha.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnswersAttachmentsSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search over the applicant and the text (AppealSearch): an FTS5 table kept by triggers. The appeal's
            // id is stored with each row because SQLite may renumber rowids of a table keyed by text on VACUUM.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE appeals_fts USING fts5(appeal_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO appeals_fts (appeal_id, body)
                    SELECT id, coalesce(surname, '') || ' ' || coalesce(given_name, '') || ' ' || coalesce(patronymic, '') || ' ' ||
                        coalesce(address, '') || ' ' || coalesce(phone, '') || ' ' || coalesce(email, '') || ' ' || text FROM appeals;
                CREATE TRIGGER appeals_fts_insert AFTER INSERT ON appeals BEGIN
                    INSERT INTO appeals_fts (appeal_id, body) VALUES (new.id,
                        coalesce(new.surname, '') || ' ' || coalesce(new.given_name, '') || ' ' || coalesce(new.patronymic, '') || ' ' ||
                        coalesce(new.address, '') || ' ' || coalesce(new.phone, '') || ' ' || coalesce(new.email, '') || ' ' || new.text);
                END;
                CREATE TRIGGER appeals_fts_update AFTER UPDATE OF surname, given_name, patronymic, address, phone, email, text ON appeals BEGIN
                    DELETE FROM appeals_fts WHERE appeal_id = old.id;
                    INSERT INTO appeals_fts (appeal_id, body) VALUES (new.id,
                        coalesce(new.surname, '') || ' ' || coalesce(new.given_name, '') || ' ' || coalesce(new.patronymic, '') || ' ' ||
                        coalesce(new.address, '') || ' ' || coalesce(new.phone, '') || ' ' || coalesce(new.email, '') || ' ' || new.text);
                END;
                CREATE TRIGGER appeals_fts_delete AFTER DELETE ON appeals BEGIN
                    DELETE FROM appeals_fts WHERE appeal_id = old.id;
                END;
                """);

            migrationBuilder.AddColumn<byte[]>(
                name: "attachment",
                table: "outbox_messages",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "attachment_name",
                table: "outbox_messages",
                type: "TEXT",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "attachment_type",
                table: "outbox_messages",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "appeal_route",
                table: "assignment_reports",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "delivered_by",
                table: "assignment_reports",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "delivered_on",
                table: "assignment_reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "delivered_to",
                table: "assignment_reports",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "grounds",
                table: "assignment_reports",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "result",
                table: "assignment_reports",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    card_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    uploaded_by_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    uploaded_at = table.Column<long>(type: "INTEGER", nullable: false)
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
                    attachment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
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
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS appeals_fts_insert; DROP TRIGGER IF EXISTS appeals_fts_update; DROP TRIGGER IF EXISTS appeals_fts_delete;
                DROP TABLE IF EXISTS appeals_fts;
                """);

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
