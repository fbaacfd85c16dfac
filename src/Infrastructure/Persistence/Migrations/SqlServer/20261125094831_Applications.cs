using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteers.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Applications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConsentSource",
                table: "Volunteers",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Volunteers",
                type: "nvarchar(310)",
                maxLength: 310,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "Applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirstName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    MiddleName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Iin = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    DistrictCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Languages = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DirectionIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Motivation = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    GuardianFullName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    GuardianPhone = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    ConsentGivenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConsentTextVersion = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RejectionReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    VolunteerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AnonymizedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Applications_Districts_DistrictCode",
                        column: x => x.DistrictCode,
                        principalTable: "Districts",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_CreatedAt",
                table: "Volunteers",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_FirstName_LastName",
                table: "Volunteers",
                columns: new[] { "FirstName", "LastName" });

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_NameKey",
                table: "Volunteers",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_DistrictCode",
                table: "Applications",
                column: "DistrictCode");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Email_Open",
                table: "Applications",
                column: "Email",
                unique: true,
                filter: "[Email] IS NOT NULL AND [Status] IN ('Submitted', 'Approved')");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Iin_Open",
                table: "Applications",
                column: "Iin",
                unique: true,
                filter: "[Iin] IS NOT NULL AND [Status] IN ('Submitted', 'Approved')");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Status_SubmittedAt",
                table: "Applications",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_SubmittedAt",
                table: "Applications",
                column: "SubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_VolunteerId",
                table: "Applications",
                column: "VolunteerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Volunteers_CreatedAt",
                table: "Volunteers");

            migrationBuilder.DropIndex(
                name: "IX_Volunteers_FirstName_LastName",
                table: "Volunteers");

            migrationBuilder.DropIndex(
                name: "IX_Volunteers_NameKey",
                table: "Volunteers");

            migrationBuilder.DropColumn(
                name: "ConsentSource",
                table: "Volunteers");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "Volunteers");
        }
    }
}
