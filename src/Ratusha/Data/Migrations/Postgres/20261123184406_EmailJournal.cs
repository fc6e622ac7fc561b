using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ratusha.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EmailJournal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "in_reply_to",
                table: "outbox_messages",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "card_id",
                table: "attachments",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<Guid>(
                name: "mail_entry_id",
                table: "attachments",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "mail_journal_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_id = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    from_address = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    from_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    subject = table.Column<string>(type: "character varying(998)", maxLength: 998, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ingested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    search_key = table.Column<string>(type: "character varying(1600)", maxLength: 1600, nullable: false),
                    state = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    card_id = table.Column<Guid>(type: "uuid", nullable: true),
                    dismissal_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    handled_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    handled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mail_journal_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_mail_journal_entries_registration_cards_card_id",
                        column: x => x.card_id,
                        principalTable: "registration_cards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mail_refused_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    entry_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    length = table.Column<long>(type: "bigint", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mail_refused_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_mail_refused_files_mail_journal_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "mail_journal_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mail_replies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    entry_id = table.Column<Guid>(type: "uuid", nullable: false),
                    to = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    subject = table.Column<string>(type: "character varying(998)", maxLength: 998, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    outbox_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sent_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    sent_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mail_replies", x => x.id);
                    table.ForeignKey(
                        name: "fk_mail_replies_mail_journal_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "mail_journal_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_attachments_mail_entry_id",
                table: "attachments",
                column: "mail_entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_mail_journal_entries_card_id",
                table: "mail_journal_entries",
                column: "card_id");

            migrationBuilder.CreateIndex(
                name: "ix_mail_journal_entries_message_id",
                table: "mail_journal_entries",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_mail_journal_entries_received_at_id",
                table: "mail_journal_entries",
                columns: new[] { "received_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_mail_journal_entries_state_received_at",
                table: "mail_journal_entries",
                columns: new[] { "state", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_mail_refused_files_entry_id",
                table: "mail_refused_files",
                column: "entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_mail_replies_entry_id",
                table: "mail_replies",
                column: "entry_id");

            migrationBuilder.AddForeignKey(
                name: "fk_attachments_mail_journal_entries_mail_entry_id",
                table: "attachments",
                column: "mail_entry_id",
                principalTable: "mail_journal_entries",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_attachments_mail_journal_entries_mail_entry_id",
                table: "attachments");

            migrationBuilder.DropTable(
                name: "mail_refused_files");

            migrationBuilder.DropTable(
                name: "mail_replies");

            migrationBuilder.DropTable(
                name: "mail_journal_entries");

            migrationBuilder.DropIndex(
                name: "ix_attachments_mail_entry_id",
                table: "attachments");

            migrationBuilder.DropColumn(
                name: "in_reply_to",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "mail_entry_id",
                table: "attachments");

            migrationBuilder.AlterColumn<Guid>(
                name: "card_id",
                table: "attachments",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
