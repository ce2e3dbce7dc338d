using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace LibraryIls.Patrons.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "patrons");

            migrationBuilder.CreateTable(
                name: "pat_audit",
                schema: "patrons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReaderId = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Actor = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ActorStaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pat_card_events",
                schema: "patrons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EventDate = table.Column<DateOnly>(type: "date", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SiteLevel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    IsRural = table.Column<bool>(type: "boolean", nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_card_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pat_card_number_patterns",
                schema: "patrons",
                columns: table => new
                {
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Pattern = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NextSequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_card_number_patterns", x => x.SiteId);
                });

            migrationBuilder.CreateTable(
                name: "pat_categories",
                schema: "patrons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    NameVi = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ValidityMonths = table.Column<int>(type: "integer", nullable: false),
                    Fee = table.Column<decimal>(type: "numeric(12,0)", precision: 12, scale: 0, nullable: false),
                    CirculationProfile = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pat_registrations",
                schema: "patrons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferenceCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    Gender = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    CitizenId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Address = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Commune = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    District = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LivesInRuralArea = table.Column<bool>(type: "boolean", nullable: false),
                    SchoolOrWorkplace = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CategoryCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ReaderId = table.Column<Guid>(type: "uuid", nullable: true),
                    CardNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_registrations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pat_visits",
                schema: "patrons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SiteLevel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    IsRural = table.Column<bool>(type: "boolean", nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pat_readers",
                schema: "patrons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FoldedName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    Gender = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    CitizenId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Address = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Commune = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    District = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LivesInRuralArea = table.Column<bool>(type: "boolean", nullable: false),
                    SchoolOrWorkplace = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CategoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HomeSiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Photo = table.Column<byte[]>(type: "bytea", nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ErasedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_readers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pat_readers_pat_categories_CategoryId",
                        column: x => x.CategoryId,
                        principalSchema: "patrons",
                        principalTable: "pat_categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pat_cards",
                schema: "patrons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReaderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BlockReason = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ReplacedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_cards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pat_cards_pat_readers_ReaderId",
                        column: x => x.ReaderId,
                        principalSchema: "patrons",
                        principalTable: "pat_readers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                schema: "patrons",
                table: "pat_categories",
                columns: new[] { "Id", "CirculationProfile", "Code", "Fee", "NameEn", "NameVi", "ValidityMonths" },
                values: new object[,]
                {
                    { new Guid("0195f000-0000-7000-8000-000000000001"), "CHILD", "THIEU_NHI", 0m, "Children", "Thiếu nhi", 12 },
                    { new Guid("0195f000-0000-7000-8000-000000000002"), "PUPIL", "HOC_SINH", 0m, "Pupils", "Học sinh", 12 },
                    { new Guid("0195f000-0000-7000-8000-000000000003"), "STUDENT", "SINH_VIEN", 0m, "Students", "Sinh viên", 12 },
                    { new Guid("0195f000-0000-7000-8000-000000000004"), "ADULT", "NGUOI_LON", 0m, "Adults", "Người lớn", 24 },
                    { new Guid("0195f000-0000-7000-8000-000000000005"), "ADULT", "NGUOI_CAO_TUOI", 0m, "Elderly", "Người cao tuổi", 36 },
                    { new Guid("0195f000-0000-7000-8000-000000000006"), "ACCESSIBLE", "KHUYET_TAT", 0m, "Disabled", "Người khuyết tật", 36 },
                    { new Guid("0195f000-0000-7000-8000-000000000007"), "ACCESSIBLE", "KHIEM_THI", 0m, "Blind", "Người khiếm thị", 36 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_pat_audit_ReaderId_AtUtc",
                schema: "patrons",
                table: "pat_audit",
                columns: new[] { "ReaderId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_pat_card_events_EventDate_SiteId",
                schema: "patrons",
                table: "pat_card_events",
                columns: new[] { "EventDate", "SiteId" });

            migrationBuilder.CreateIndex(
                name: "IX_pat_cards_Number",
                schema: "patrons",
                table: "pat_cards",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pat_cards_ReaderId",
                schema: "patrons",
                table: "pat_cards",
                column: "ReaderId");

            migrationBuilder.CreateIndex(
                name: "IX_pat_cards_State_ValidUntil",
                schema: "patrons",
                table: "pat_cards",
                columns: new[] { "State", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_pat_categories_Code",
                schema: "patrons",
                table: "pat_categories",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pat_readers_CategoryId",
                schema: "patrons",
                table: "pat_readers",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_pat_readers_CitizenId",
                schema: "patrons",
                table: "pat_readers",
                column: "CitizenId");

            migrationBuilder.CreateIndex(
                name: "IX_pat_readers_FoldedName_DateOfBirth",
                schema: "patrons",
                table: "pat_readers",
                columns: new[] { "FoldedName", "DateOfBirth" });

            migrationBuilder.CreateIndex(
                name: "IX_pat_readers_HomeSiteId",
                schema: "patrons",
                table: "pat_readers",
                column: "HomeSiteId");

            migrationBuilder.CreateIndex(
                name: "IX_pat_registrations_ReferenceCode",
                schema: "patrons",
                table: "pat_registrations",
                column: "ReferenceCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pat_registrations_Status_SiteId",
                schema: "patrons",
                table: "pat_registrations",
                columns: new[] { "Status", "SiteId" });

            migrationBuilder.CreateIndex(
                name: "IX_pat_visits_VisitDate_SiteId",
                schema: "patrons",
                table: "pat_visits",
                columns: new[] { "VisitDate", "SiteId" });
            // Published read views for Reporting (docs/architecture.md: views only gain columns; a breaking change ships as _v2).
            migrationBuilder.Sql(@"CREATE VIEW patrons.rpt_patrons_cards_v1 AS
SELECT ""Id"" AS ""EventId"", ""Kind"", ""EventDate"" AS ""Date"", ""OccurredAtUtc"", ""SiteId"", ""SiteCode"", ""SiteLevel"", ""IsRural"", ""CategoryCode""
FROM patrons.pat_card_events");
            migrationBuilder.Sql(@"CREATE VIEW patrons.rpt_patrons_visits_v1 AS
SELECT ""VisitDate"" AS ""Date"", ""SiteId"", ""SiteCode"", ""SiteLevel"", ""IsRural"", ""CategoryCode"", CAST(SUM(""Count"") AS BIGINT) AS ""Count""
FROM patrons.pat_visits
GROUP BY ""VisitDate"", ""SiteId"", ""SiteCode"", ""SiteLevel"", ""IsRural"", ""CategoryCode""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP VIEW patrons.rpt_patrons_visits_v1");
            migrationBuilder.Sql(@"DROP VIEW patrons.rpt_patrons_cards_v1");
            migrationBuilder.DropTable(
                name: "pat_audit",
                schema: "patrons");

            migrationBuilder.DropTable(
                name: "pat_card_events",
                schema: "patrons");

            migrationBuilder.DropTable(
                name: "pat_card_number_patterns",
                schema: "patrons");

            migrationBuilder.DropTable(
                name: "pat_cards",
                schema: "patrons");

            migrationBuilder.DropTable(
                name: "pat_registrations",
                schema: "patrons");

            migrationBuilder.DropTable(
                name: "pat_visits",
                schema: "patrons");

            migrationBuilder.DropTable(
                name: "pat_readers",
                schema: "patrons");

            migrationBuilder.DropTable(
                name: "pat_categories",
                schema: "patrons");
        }
    }
}
