using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteers.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RosterFirstTierIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_Status_AnonymizedAt_Id",
                table: "Volunteers",
                columns: new[] { "Status", "AnonymizedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Volunteers_Status_AnonymizedAt_Id",
                table: "Volunteers");
        }
    }
}
