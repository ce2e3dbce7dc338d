using LibraryIls.Catalog.Contracts;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LibraryIls.Catalog.Opac;

/// <summary>
/// The view Reporting counts online accesses from (row shape OpacAccessRowV1). Called from the OpacSearch
/// migration of each engine with one line, so the migrations can be regenerated without losing it.
/// </summary>
internal static class OpacViewsSql
{
    private const string Columns = "\"AccessId\", \"Kind\", \"OccurredAtUtc\", \"SiteId\"";

    public static void CreateSqlite(MigrationBuilder migration) =>
        migration.Sql($"CREATE VIEW \"{OpacAccessRowV1.ViewName}\" AS SELECT {Columns} FROM \"cat_opac_accesses\"");

    public static void CreatePostgres(MigrationBuilder migration) =>
        migration.Sql($"CREATE VIEW \"catalog\".\"{OpacAccessRowV1.ViewName}\" AS SELECT {Columns} FROM \"catalog\".\"cat_opac_accesses\"");

    public static void CreateSqlServer(MigrationBuilder migration) =>
        migration.Sql($"EXEC(N'CREATE VIEW [catalog].[{OpacAccessRowV1.ViewName}] AS SELECT [AccessId], [Kind], [OccurredAtUtc], [SiteId] FROM [catalog].[cat_opac_accesses]')");

    public static void DropSqlite(MigrationBuilder migration) => migration.Sql($"DROP VIEW \"{OpacAccessRowV1.ViewName}\"");

    public static void DropPostgres(MigrationBuilder migration) => migration.Sql($"DROP VIEW \"catalog\".\"{OpacAccessRowV1.ViewName}\"");

    public static void DropSqlServer(MigrationBuilder migration) => migration.Sql($"DROP VIEW [catalog].[{OpacAccessRowV1.ViewName}]");
}
