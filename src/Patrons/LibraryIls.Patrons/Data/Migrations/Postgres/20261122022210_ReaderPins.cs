using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LibraryIls.Patrons.Data.Migrations.Postgres
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
                    ReaderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Hash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Failures = table.Column<int>(type: "integer", nullable: false),
                    LockedUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SetAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
