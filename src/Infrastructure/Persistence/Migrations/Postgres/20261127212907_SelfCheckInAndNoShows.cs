using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteers.Infrastructure.Persistence.Migrations.Postgres
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WrongCodesSince",
                table: "SignUps",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CheckInCode",
                table: "Shifts",
                type: "character varying(6)",
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
