using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ratusha.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Documents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "for_information",
                table: "resolutions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "case_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    index = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    department_id = table.Column<Guid>(type: "uuid", nullable: true),
                    retention = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_files_departments_department_id",
                        column: x => x.department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    card_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    correspondent_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    correspondent_date = table.Column<DateOnly>(type: "date", nullable: true),
                    duplicate_key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    pages = table.Column<int>(type: "integer", nullable: true),
                    access_level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    answers_id = table.Column<Guid>(type: "uuid", nullable: true),
                    transmitted_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    received_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    transmitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    case_file_id = table.Column<Guid>(type: "uuid", nullable: true),
                    filed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    search_text = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_documents_case_files_case_file_id",
                        column: x => x.case_file_id,
                        principalTable: "case_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_documents_documents_answers_id",
                        column: x => x.answers_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_documents_registration_cards_card_id",
                        column: x => x.card_id,
                        principalTable: "registration_cards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mayor_folder_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    folder_day = table.Column<DateOnly>(type: "date", nullable: false),
                    placed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    handed_over_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    considered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    returned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mayor_folder_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_mayor_folder_items_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_files_department_id",
                table: "case_files",
                column: "department_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_files_year_index",
                table: "case_files",
                columns: new[] { "year", "index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_documents_answers_id",
                table: "documents",
                column: "answers_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_card_id",
                table: "documents",
                column: "card_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_documents_case_file_id_filed_on",
                table: "documents",
                columns: new[] { "case_file_id", "filed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_duplicate_key",
                table: "documents",
                column: "duplicate_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_mayor_folder_items_document_id",
                table: "mayor_folder_items",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_mayor_folder_items_folder_day_placed_at",
                table: "mayor_folder_items",
                columns: new[] { "folder_day", "placed_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mayor_folder_items");

            migrationBuilder.DropTable(
                name: "documents");

            migrationBuilder.DropTable(
                name: "case_files");

            migrationBuilder.DropColumn(
                name: "for_information",
                table: "resolutions");
        }
    }
}
