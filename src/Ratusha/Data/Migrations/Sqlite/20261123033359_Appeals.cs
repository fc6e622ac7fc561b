using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ratusha.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Appeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "appeals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    card_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    sign = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    signatories = table.Column<int>(type: "INTEGER", nullable: true),
                    surname = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    given_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    patronymic = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    sex = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    categories = table.Column<string>(type: "TEXT", nullable: false),
                    social_status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    topic = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    forwarded_by = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    forwarded_number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    forwarded_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    no_additional_study = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_privileged = table.Column<bool>(type: "INTEGER", nullable: false),
                    not_considered_reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    not_considered_basis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    not_considered_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appeals", x => x.id);
                    table.ForeignKey(
                        name: "fk_appeals_registration_cards_card_id",
                        column: x => x.card_id,
                        principalTable: "registration_cards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "classifier_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    list = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_privileged = table.Column<bool>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_classifier_entries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_appeals_card_id",
                table: "appeals",
                column: "card_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_appeals_is_privileged_card_id",
                table: "appeals",
                columns: new[] { "is_privileged", "card_id" });

            migrationBuilder.CreateIndex(
                name: "ix_appeals_surname_given_name",
                table: "appeals",
                columns: new[] { "surname", "given_name" });

            migrationBuilder.CreateIndex(
                name: "ix_classifier_entries_list_code",
                table: "classifier_entries",
                columns: new[] { "list", "code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appeals");

            migrationBuilder.DropTable(
                name: "classifier_entries");
        }
    }
}
