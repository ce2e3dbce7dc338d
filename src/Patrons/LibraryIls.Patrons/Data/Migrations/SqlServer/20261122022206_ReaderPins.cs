using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Patrons.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReaderPins : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pat_reader_pins",
                schema: "patrons",
                columns: table => new
                {
                    ReaderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Failures = table.Column<int>(type: "int", nullable: false),
                    LockedUntilUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SetAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_reader_pins", x => x.ReaderId);
                    table.ForeignKey(
                        name: "FK_pat_reader_pins_pat_readers_ReaderId",
                        column: x => x.ReaderId,
                        principalSchema: "patrons",
                        principalTable: "pat_readers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pat_reader_pins",
                schema: "patrons");
        }
    }
}
