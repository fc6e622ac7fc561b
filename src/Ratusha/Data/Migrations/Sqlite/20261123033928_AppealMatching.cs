using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ratusha.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AppealMatching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_appeals_surname_given_name",
                table: "appeals");

            migrationBuilder.AddColumn<string>(
                name: "phone_digits",
                table: "appeals",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "surname_key",
                table: "appeals",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "ix_appeals_phone_digits",
                table: "appeals",
                column: "phone_digits");

            migrationBuilder.CreateIndex(
                name: "ix_appeals_surname_key",
                table: "appeals",
                column: "surname_key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_appeals_phone_digits",
                table: "appeals");

            migrationBuilder.DropIndex(
                name: "ix_appeals_surname_key",
                table: "appeals");

            migrationBuilder.DropColumn(
                name: "phone_digits",
                table: "appeals");

            migrationBuilder.DropColumn(
                name: "surname_key",
                table: "appeals");

            migrationBuilder.CreateIndex(
                name: "ix_appeals_surname_given_name",
                table: "appeals",
                columns: new[] { "surname", "given_name" });
        }
    }
}
