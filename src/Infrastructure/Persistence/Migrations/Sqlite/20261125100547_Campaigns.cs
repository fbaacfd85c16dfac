using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteers.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Campaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Campaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DirectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Description_En = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Description_Kk = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Description_Ru = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Title_En = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Title_Kk = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title_Ru = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Campaigns_Directions_DirectionId",
                        column: x => x.DirectionId,
                        principalTable: "Directions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Campaigns_Districts_DistrictCode",
                        column: x => x.DistrictCode,
                        principalTable: "Districts",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Shifts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ConfirmedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    WaitlistedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RosterVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Shifts", x => x.Id);
                    table.CheckConstraint("CK_Shifts_Capacity", "[Capacity] >= 1");
                    table.CheckConstraint("CK_Shifts_ConfirmedWithinCapacity", "[ConfirmedCount] >= 0 AND [ConfirmedCount] <= [Capacity]");
                    table.CheckConstraint("CK_Shifts_EndsAfterStart", "[EndsAt] > [StartsAt]");
                    table.CheckConstraint("CK_Shifts_WaitlistedCount", "[WaitlistedCount] >= 0");
                    table.ForeignKey(
                        name: "FK_Shifts_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HelpRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Beneficiary_FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Beneficiary_Phone = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Beneficiary_Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Beneficiary_DistrictCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Beneficiary_Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PreferredDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ShiftId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HelpRequests_Shifts_ShiftId",
                        column: x => x.ShiftId,
                        principalTable: "Shifts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SignUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShiftId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Ticket = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedUpAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CheckedInAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CheckedOutAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WorkedMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignUps_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SignUps_Shifts_ShiftId",
                        column: x => x.ShiftId,
                        principalTable: "Shifts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SignUps_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_DirectionId_StartsOn",
                table: "Campaigns",
                columns: new[] { "DirectionId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_DistrictCode_StartsOn",
                table: "Campaigns",
                columns: new[] { "DistrictCode", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_EndsOn",
                table: "Campaigns",
                column: "EndsOn");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_Kind_StartsOn",
                table: "Campaigns",
                columns: new[] { "Kind", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_StartsOn_EndsOn",
                table: "Campaigns",
                columns: new[] { "StartsOn", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_Status_StartsOn",
                table: "Campaigns",
                columns: new[] { "Status", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_Beneficiary_DistrictCode",
                table: "HelpRequests",
                column: "Beneficiary_DistrictCode");

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_CreatedAt",
                table: "HelpRequests",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_Kind_CreatedAt",
                table: "HelpRequests",
                columns: new[] { "Kind", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_ShiftId",
                table: "HelpRequests",
                column: "ShiftId");

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_Status_CreatedAt",
                table: "HelpRequests",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Shifts_CampaignId_StartsAt",
                table: "Shifts",
                columns: new[] { "CampaignId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SignUps_CampaignId_ShiftId",
                table: "SignUps",
                columns: new[] { "CampaignId", "ShiftId" });

            migrationBuilder.CreateIndex(
                name: "IX_SignUps_ShiftId_Status_Ticket",
                table: "SignUps",
                columns: new[] { "ShiftId", "Status", "Ticket" });

            migrationBuilder.CreateIndex(
                name: "IX_SignUps_ShiftId_VolunteerId",
                table: "SignUps",
                columns: new[] { "ShiftId", "VolunteerId" },
                unique: true,
                filter: "[Status] <> 'Cancelled'");

            migrationBuilder.CreateIndex(
                name: "IX_SignUps_VolunteerId_CampaignId_WorkedMinutes",
                table: "SignUps",
                columns: new[] { "VolunteerId", "CampaignId", "WorkedMinutes" });

            migrationBuilder.CreateIndex(
                name: "IX_SignUps_VolunteerId_Status",
                table: "SignUps",
                columns: new[] { "VolunteerId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HelpRequests");

            migrationBuilder.DropTable(
                name: "SignUps");

            migrationBuilder.DropTable(
                name: "Shifts");

            migrationBuilder.DropTable(
                name: "Campaigns");
        }
    }
}
