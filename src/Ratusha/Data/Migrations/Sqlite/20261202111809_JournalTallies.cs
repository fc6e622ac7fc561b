using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ratusha.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JournalTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "journal_tallies",
                columns: table => new
                {
                    journal_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    department_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journal_tallies", x => new { x.journal_id, x.day, x.department_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_journal_tallies_department_id_day",
                table: "journal_tallies",
                columns: new[] { "department_id", "day" });

            // The cards registered before the counts existed.
            migrationBuilder.Sql(Ratusha.Features.Registration.JournalTallies.RebuildSql(npgsql: false));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "journal_tallies");
        }
    }
}
