using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ratusha.Data.Migrations.Postgres
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    card_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    sign = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    subject = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    signatories = table.Column<int>(type: "integer", nullable: true),
                    surname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    patronymic = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    sex = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    categories = table.Column<List<string>>(type: "text[]", nullable: false),
                    social_status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    topic = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    forwarded_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    forwarded_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    forwarded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    no_additional_study = table.Column<bool>(type: "boolean", nullable: false),
                    is_privileged = table.Column<bool>(type: "boolean", nullable: false),
                    not_considered_reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    not_considered_basis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    not_considered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    list = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    is_privileged = table.Column<bool>(type: "boolean", nullable: false),
                    source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
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
