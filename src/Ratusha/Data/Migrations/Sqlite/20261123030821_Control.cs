using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ratusha.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Control : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "resolutions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    card_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    author_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    written_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    registered_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    due_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    controller_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    removed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    removal_basis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resolutions", x => x.id);
                    table.ForeignKey(
                        name: "fk_resolutions_officials_author_id",
                        column: x => x.author_id,
                        principalTable: "officials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_resolutions_officials_controller_id",
                        column: x => x.controller_id,
                        principalTable: "officials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_resolutions_registration_cards_card_id",
                        column: x => x.card_id,
                        principalTable: "registration_cards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resolution_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    card_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    executor_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    department_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    is_lead = table.Column<bool>(type: "INTEGER", nullable: false),
                    due_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    return_comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_assignments_departments_department_id",
                        column: x => x.department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assignments_officials_executor_id",
                        column: x => x.executor_id,
                        principalTable: "officials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assignments_resolutions_resolution_id",
                        column: x => x.resolution_id,
                        principalTable: "resolutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "extensions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resolution_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    previous_due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    new_due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    by_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    on = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_extensions", x => x.id);
                    table.ForeignKey(
                        name: "fk_extensions_resolutions_resolution_id",
                        column: x => x.resolution_id,
                        principalTable: "resolutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assignment_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    assignment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    by_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    on = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assignment_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_assignment_reports_assignments_assignment_id",
                        column: x => x.assignment_id,
                        principalTable: "assignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assignment_reports_assignment_id",
                table: "assignment_reports",
                column: "assignment_id");

            migrationBuilder.CreateIndex(
                name: "ix_assignments_department_id_state_due_date",
                table: "assignments",
                columns: new[] { "department_id", "state", "due_date" });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_executor_id_state_due_date",
                table: "assignments",
                columns: new[] { "executor_id", "state", "due_date" });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_resolution_id",
                table: "assignments",
                column: "resolution_id");

            migrationBuilder.CreateIndex(
                name: "ix_extensions_resolution_id",
                table: "extensions",
                column: "resolution_id");

            migrationBuilder.CreateIndex(
                name: "ix_resolutions_author_id",
                table: "resolutions",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_resolutions_card_id",
                table: "resolutions",
                column: "card_id");

            migrationBuilder.CreateIndex(
                name: "ix_resolutions_controller_id_state_due_date",
                table: "resolutions",
                columns: new[] { "controller_id", "state", "due_date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assignment_reports");

            migrationBuilder.DropTable(
                name: "extensions");

            migrationBuilder.DropTable(
                name: "assignments");

            migrationBuilder.DropTable(
                name: "resolutions");
        }
    }
}
