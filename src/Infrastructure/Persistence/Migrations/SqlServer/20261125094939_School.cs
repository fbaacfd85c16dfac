using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteers.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class School : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PracticeRecords",
                columns: table => new
                {
                    VolunteerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ShiftsCompleted = table.Column<int>(type: "int", nullable: false),
                    PassedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeRecords", x => x.VolunteerId);
                    table.ForeignKey(
                        name: "FK_PracticeRecords_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SchoolPlans",
                columns: table => new
                {
                    Year = table.Column<int>(type: "int", nullable: false),
                    Target = table.Column<int>(type: "int", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolPlans", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "TrainingCohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StageId = table.Column<int>(type: "int", nullable: false),
                    Stage = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DirectionId = table.Column<int>(type: "int", nullable: true),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Capacity = table.Column<int>(type: "int", nullable: false),
                    TrainerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    MemberCount = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingCohorts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingCohorts_Directions_DirectionId",
                        column: x => x.DirectionId,
                        principalTable: "Directions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingCohorts_TrainingStages_StageId",
                        column: x => x.StageId,
                        principalTable: "TrainingStages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingCohorts_UserAccounts_TrainerId",
                        column: x => x.TrainerId,
                        principalTable: "UserAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PracticeShifts",
                columns: table => new
                {
                    VolunteerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ShiftId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CountedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeShifts", x => new { x.VolunteerId, x.ShiftId });
                    table.ForeignKey(
                        name: "FK_PracticeShifts_PracticeRecords_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "PracticeRecords",
                        principalColumn: "VolunteerId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CohortMembers",
                columns: table => new
                {
                    CohortId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DirectionOverridden = table.Column<bool>(type: "bit", nullable: false),
                    AddedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    JoinedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortMembers", x => new { x.CohortId, x.VolunteerId });
                    table.ForeignKey(
                        name: "FK_CohortMembers_TrainingCohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "TrainingCohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CohortMembers_UserAccounts_AddedBy",
                        column: x => x.AddedBy,
                        principalTable: "UserAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CohortMembers_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StageResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StageId = table.Column<int>(type: "int", nullable: false),
                    Stage = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CohortId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DirectionId = table.Column<int>(type: "int", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    LessonsHeld = table.Column<int>(type: "int", nullable: true),
                    LessonsAttended = table.Column<int>(type: "int", nullable: true),
                    AttendancePercent = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: true),
                    ShiftsCompleted = table.Column<int>(type: "int", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StageResults_Directions_DirectionId",
                        column: x => x.DirectionId,
                        principalTable: "Directions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StageResults_TrainingCohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "TrainingCohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StageResults_TrainingStages_StageId",
                        column: x => x.StageId,
                        principalTable: "TrainingStages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StageResults_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingLessons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CohortId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DurationMinutes = table.Column<int>(type: "int", nullable: false),
                    Location = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingLessons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingLessons_TrainingCohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "TrainingCohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LessonAttendance",
                columns: table => new
                {
                    LessonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LessonAttendance", x => new { x.LessonId, x.VolunteerId });
                    table.ForeignKey(
                        name: "FK_LessonAttendance_TrainingLessons_LessonId",
                        column: x => x.LessonId,
                        principalTable: "TrainingLessons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LessonAttendance_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_SchoolPassedOn",
                table: "Volunteers",
                column: "SchoolPassedOn");

            migrationBuilder.CreateIndex(
                name: "IX_CohortMembers_AddedBy",
                table: "CohortMembers",
                column: "AddedBy");

            migrationBuilder.CreateIndex(
                name: "IX_CohortMembers_VolunteerId",
                table: "CohortMembers",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_LessonAttendance_VolunteerId",
                table: "LessonAttendance",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_StageResults_CohortId",
                table: "StageResults",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_StageResults_DirectionId",
                table: "StageResults",
                column: "DirectionId");

            migrationBuilder.CreateIndex(
                name: "IX_StageResults_StageId_Outcome_DecidedOn",
                table: "StageResults",
                columns: new[] { "StageId", "Outcome", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_StageResults_VolunteerId_StageId",
                table: "StageResults",
                columns: new[] { "VolunteerId", "StageId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCohorts_DirectionId_StartsOn",
                table: "TrainingCohorts",
                columns: new[] { "DirectionId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCohorts_StageId_Status_StartsOn",
                table: "TrainingCohorts",
                columns: new[] { "StageId", "Status", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCohorts_StartsOn",
                table: "TrainingCohorts",
                column: "StartsOn");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCohorts_Status_StartsOn",
                table: "TrainingCohorts",
                columns: new[] { "Status", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCohorts_TrainerId",
                table: "TrainingCohorts",
                column: "TrainerId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingLessons_CohortId_StartsAt",
                table: "TrainingLessons",
                columns: new[] { "CohortId", "StartsAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CohortMembers");

            migrationBuilder.DropTable(
                name: "LessonAttendance");

            migrationBuilder.DropTable(
                name: "PracticeShifts");

            migrationBuilder.DropTable(
                name: "SchoolPlans");

            migrationBuilder.DropTable(
                name: "StageResults");

            migrationBuilder.DropTable(
                name: "TrainingLessons");

            migrationBuilder.DropTable(
                name: "PracticeRecords");

            migrationBuilder.DropTable(
                name: "TrainingCohorts");

            migrationBuilder.DropIndex(
                name: "IX_Volunteers_SchoolPassedOn",
                table: "Volunteers");
        }
    }
}
