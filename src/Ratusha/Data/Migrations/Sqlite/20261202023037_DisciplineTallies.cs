using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ratusha.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DisciplineTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "answered_on",
                table: "assignments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "extensions",
                table: "assignments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "assignments",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "written_on",
                table: "assignments",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.CreateTable(
                name: "assignment_tallies",
                columns: table => new
                {
                    due_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    department_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    executor_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    assigned = table.Column<int>(type: "INTEGER", nullable: false),
                    open = table.Column<int>(type: "INTEGER", nullable: false),
                    on_time = table.Column<int>(type: "INTEGER", nullable: false),
                    late = table.Column<int>(type: "INTEGER", nullable: false),
                    answer_days = table.Column<int>(type: "INTEGER", nullable: false),
                    extensions = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assignment_tallies", x => new { x.due_date, x.department_id, x.executor_id, x.kind });
                });

            // The assignments made before: their new columns, then their figures.
            migrationBuilder.Sql(Ratusha.Features.Analytics.AssignmentTallies.FillAssignmentsSql());
            migrationBuilder.Sql(Ratusha.Features.Analytics.AssignmentTallies.RebuildSql(npgsql: false));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assignment_tallies");

            migrationBuilder.DropColumn(
                name: "answered_on",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "extensions",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "written_on",
                table: "assignments");
        }
    }
}
