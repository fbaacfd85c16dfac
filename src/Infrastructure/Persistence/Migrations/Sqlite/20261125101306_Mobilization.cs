using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteers.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Mobilization : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MobilizationNotifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MobilizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RosterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LeaseToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MobilizationNotifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Mobilizations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DailyActive = table.Column<int>(type: "INTEGER", nullable: false),
                    Reserve = table.Column<int>(type: "INTEGER", nullable: false),
                    DirectionIds = table.Column<string>(type: "TEXT", nullable: false),
                    Districts = table.Column<string>(type: "TEXT", nullable: false),
                    ResponseWindowMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mobilizations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Rosters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MobilizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RespondBy = table.Column<long>(type: "INTEGER", nullable: false),
                    ActiveRequested = table.Column<int>(type: "INTEGER", nullable: false),
                    ReserveRequested = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rosters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rosters_Mobilizations_MobilizationId",
                        column: x => x.MobilizationId,
                        principalTable: "Mobilizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RosterEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RosterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MobilizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Slot = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RespondBy = table.Column<long>(type: "INTEGER", nullable: true),
                    RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CalledUpAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TimedOut = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RosterEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RosterEntries_Rosters_RosterId",
                        column: x => x.RosterId,
                        principalTable: "Rosters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RosterEntries_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MobilizationNotifications_NextAttemptAt",
                table: "MobilizationNotifications",
                column: "NextAttemptAt",
                filter: "[State] = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "IX_RosterEntries_RespondBy",
                table: "RosterEntries",
                column: "RespondBy",
                filter: "[Slot] = 'Active' AND [Status] IN ('Notified', 'CalledUp')");

            migrationBuilder.CreateIndex(
                name: "IX_RosterEntries_RosterId_Slot_Position",
                table: "RosterEntries",
                columns: new[] { "RosterId", "Slot", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_RosterEntries_VolunteerId_Date",
                table: "RosterEntries",
                columns: new[] { "VolunteerId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RosterEntries_VolunteerId_Slot_Date",
                table: "RosterEntries",
                columns: new[] { "VolunteerId", "Slot", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Rosters_Date",
                table: "Rosters",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_Rosters_MobilizationId_Date",
                table: "Rosters",
                columns: new[] { "MobilizationId", "Date" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MobilizationNotifications");

            migrationBuilder.DropTable(
                name: "RosterEntries");

            migrationBuilder.DropTable(
                name: "Rosters");

            migrationBuilder.DropTable(
                name: "Mobilizations");
        }
    }
}
