using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ratusha.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InformationRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "information_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    card_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    requester_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    postal_address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    due_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    due_at = table.Column<long>(type: "INTEGER", nullable: true),
                    is_urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    urgent_ground = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    urgent_justification = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    urgency_change_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    extended_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    extension_reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    extension_notice_by = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    state = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    closed_by_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    answer_text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    answer_by = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    answer_to = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    refusal_ground = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    refusal_reasons = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    appeal_route = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    forwarded_to = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    tracking_code = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    submission_key = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_information_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_information_requests_registration_cards_card_id",
                        column: x => x.card_id,
                        principalTable: "registration_cards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_information_requests_card_id",
                table: "information_requests",
                column: "card_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_information_requests_state_due_date",
                table: "information_requests",
                columns: new[] { "state", "due_date" });

            migrationBuilder.CreateIndex(
                name: "ix_information_requests_submission_key",
                table: "information_requests",
                column: "submission_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_information_requests_tracking_code",
                table: "information_requests",
                column: "tracking_code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "information_requests");
        }
    }
}
