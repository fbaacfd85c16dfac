using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteers.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SelfCheckInAndNoShows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "WrongCodeCount",
                table: "SignUps",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "WrongCodesSince",
                table: "SignUps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CheckInCode",
                table: "Shifts",
                type: "TEXT",
                maxLength: 6,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignUps_Status_CheckedInAt",
                table: "SignUps",
                columns: new[] { "Status", "CheckedInAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SignUps_Status_CheckedInAt",
                table: "SignUps");

            migrationBuilder.DropColumn(
                name: "WrongCodeCount",
                table: "SignUps");

            migrationBuilder.DropColumn(
                name: "WrongCodesSince",
                table: "SignUps");

            migrationBuilder.DropColumn(
                name: "CheckInCode",
                table: "Shifts");
        }
    }
}
