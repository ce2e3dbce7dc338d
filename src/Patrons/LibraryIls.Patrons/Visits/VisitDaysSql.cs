using LibraryIls.BuildingBlocks.Data;

namespace LibraryIls.Patrons.Visits;

/// <summary>
/// rpt_patrons_visits_v1 (same columns and meaning as before: visits per day, site and category) is now the daily
/// summary (pat_visit_days) plus the visits not summarised yet, grouped again: exact at every instant. The rollup
/// marks visits and adds them to the summary in one atomic step, so a count entered late or for a past day is
/// counted once, in its own day. A partial index finds the unsummarised visits (named on SQLite, whose planner would
/// otherwise read the reporting index of every visit).
/// </summary>
internal static class VisitDaysSql
{
    private const string ViewName = Contracts.VisitRowV1.ViewName;
    private const string Key = "\"VisitDate\", \"SiteId\", \"SiteCode\", \"SiteLevel\", \"IsRural\"";

    private static string View(string days, string visits, string unsummarised, string sum) => $"""
        SELECT "Date", "SiteId", "SiteCode", "SiteLevel", "IsRural", "CategoryCode", {sum} AS "Count" FROM (
            SELECT "VisitDate" AS "Date", "SiteId", "SiteCode", "SiteLevel", "IsRural", NULLIF("CategoryCode", '') AS "CategoryCode", "Count" FROM {days}
            UNION ALL
            SELECT "VisitDate", "SiteId", "SiteCode", "SiteLevel", "IsRural", "CategoryCode", "Count" FROM {visits} WHERE {unsummarised}) v
        GROUP BY "Date", "SiteId", "SiteCode", "SiteLevel", "IsRural", "CategoryCode"
        """;

    private static string Grouped(string table) => $"""
        SELECT "VisitDate" AS "Date", "SiteId", "SiteCode", "SiteLevel", "IsRural", "CategoryCode", CAST(SUM("Count") AS BIGINT) AS "Count"
        FROM {table}
        GROUP BY "VisitDate", "SiteId", "SiteCode", "SiteLevel", "IsRural", "CategoryCode"
        """;

    public static readonly string[] SqliteUp =
    [
        """CREATE INDEX "IX_pat_visits_unsummarised" ON "pat_visits" ("Id") WHERE "Summarised" = 0""",
        $"DROP VIEW \"{ViewName}\"",
        $"CREATE VIEW \"{ViewName}\" AS {View("\"pat_visit_days\"", "\"pat_visits\" INDEXED BY \"IX_pat_visits_unsummarised\"", "\"Summarised\" = 0", "SUM(\"Count\")")}",
    ];

    public static readonly string[] SqliteDown =
        [$"DROP VIEW \"{ViewName}\"", $"CREATE VIEW \"{ViewName}\" AS {Grouped("pat_visits")}", """DROP INDEX "IX_pat_visits_unsummarised" """];

    public static readonly string[] PostgresUp =
    [
        """CREATE INDEX "IX_pat_visits_unsummarised" ON patrons."pat_visits" ("Id") WHERE NOT "Summarised" """,
        $"DROP VIEW patrons.\"{ViewName}\"",
        $"CREATE VIEW patrons.\"{ViewName}\" AS {View("patrons.\"pat_visit_days\"", "patrons.\"pat_visits\"", "NOT \"Summarised\"", "CAST(SUM(\"Count\") AS BIGINT)")}",
    ];

    public static readonly string[] PostgresDown =
    [
        $"DROP VIEW patrons.\"{ViewName}\"", $"CREATE VIEW patrons.\"{ViewName}\" AS {Grouped("patrons.pat_visits")}",
        """DROP INDEX patrons."IX_pat_visits_unsummarised" """,
    ];

    public static readonly string[] SqlServerUp =
    [
        "CREATE INDEX [IX_pat_visits_unsummarised] ON [patrons].[pat_visits] ([Id]) WHERE [Summarised] = 0",
        $"DROP VIEW [patrons].[{ViewName}]",
        $"EXEC(N'CREATE VIEW [patrons].[{ViewName}] AS {View("[patrons].[pat_visit_days]", "[patrons].[pat_visits]", "[Summarised] = 0", "CAST(SUM(\"Count\") AS BIGINT)").Replace("''", "''''")}')",
    ];

    public static readonly string[] SqlServerDown =
    [
        $"DROP VIEW [patrons].[{ViewName}]", $"EXEC(N'CREATE VIEW [patrons].[{ViewName}] AS {Grouped("[patrons].[pat_visits]")}')",
        "DROP INDEX [IX_pat_visits_unsummarised] ON [patrons].[pat_visits]",
    ];

    public static readonly SummaryRollupSql Rollup = new(
        SqliteCut: """SELECT MAX("Id") FROM (SELECT "Id" FROM "pat_visits" WHERE "Summarised" = 0 ORDER BY "Id" LIMIT @batch)""",
        // The partial index named: SQLite's planner otherwise reads a reporting index of every row, each batch.
        SqliteAdd: $"""
            INSERT INTO "pat_visit_days" ({Key}, "CategoryCode", "Count")
            SELECT {Key}, COALESCE("CategoryCode", ''), SUM("Count") FROM "pat_visits" INDEXED BY "IX_pat_visits_unsummarised" WHERE "Summarised" = 0 AND "Id" <= @max
            GROUP BY {Key}, COALESCE("CategoryCode", '')
            ON CONFLICT ({Key}, "CategoryCode") DO UPDATE SET "Count" = "Count" + excluded."Count"
            """,
        SqliteMark: """UPDATE "pat_visits" INDEXED BY "IX_pat_visits_unsummarised" SET "Summarised" = 1 WHERE "Summarised" = 0 AND "Id" <= @max""",
        // One statement: the marked rows and the summary change commit together, and rows another rollup holds are skipped.
        Postgres: $"""
            WITH moved AS (
                UPDATE patrons."pat_visits" SET "Summarised" = TRUE
                WHERE "Id" IN (SELECT "Id" FROM patrons."pat_visits" WHERE NOT "Summarised" AND "Id" > @after
                               ORDER BY "Id" LIMIT @batch FOR UPDATE SKIP LOCKED)
                  AND NOT "Summarised"
                RETURNING "Id", {Key}, "CategoryCode", "Count"),
            added AS (
                INSERT INTO patrons."pat_visit_days" AS d ({Key}, "CategoryCode", "Count")
                SELECT {Key}, COALESCE("CategoryCode", ''), SUM("Count") FROM moved
                GROUP BY {Key}, COALESCE("CategoryCode", '')
                ON CONFLICT ({Key}, "CategoryCode") DO UPDATE SET "Count" = d."Count" + EXCLUDED."Count")
            SELECT (SELECT COUNT(*) FROM moved), (SELECT "Id" FROM moved ORDER BY "Id" DESC LIMIT 1)
            """,
        PostgresStart: Guid.Empty,
        SqlServer: """
            SET NOCOUNT ON; SET XACT_ABORT ON;
            BEGIN TRANSACTION;
            DECLARE @moved TABLE ([VisitDate] date, [SiteId] uniqueidentifier, [SiteCode] nvarchar(32), [SiteLevel] nvarchar(16), [IsRural] bit,
                [CategoryCode] nvarchar(32), [Count] int);
            UPDATE TOP (@batch) [patrons].[pat_visits] WITH (READPAST, UPDLOCK, ROWLOCK) SET [Summarised] = 1
            OUTPUT inserted.[VisitDate], inserted.[SiteId], inserted.[SiteCode], inserted.[SiteLevel], inserted.[IsRural], inserted.[CategoryCode], inserted.[Count] INTO @moved
            WHERE [Summarised] = 0;
            MERGE [patrons].[pat_visit_days] WITH (HOLDLOCK) AS d
            USING (SELECT [VisitDate], [SiteId], [SiteCode], [SiteLevel], [IsRural], COALESCE([CategoryCode], N'') AS [CategoryCode], SUM(CAST([Count] AS bigint)) AS [Count]
                   FROM @moved GROUP BY [VisitDate], [SiteId], [SiteCode], [SiteLevel], [IsRural], COALESCE([CategoryCode], N'')) AS m
            ON d.[VisitDate] = m.[VisitDate] AND d.[SiteId] = m.[SiteId] AND d.[SiteCode] = m.[SiteCode] AND d.[SiteLevel] = m.[SiteLevel]
               AND d.[IsRural] = m.[IsRural] AND d.[CategoryCode] = m.[CategoryCode]
            WHEN MATCHED THEN UPDATE SET [Count] = d.[Count] + m.[Count]
            WHEN NOT MATCHED THEN INSERT ([VisitDate], [SiteId], [SiteCode], [SiteLevel], [IsRural], [CategoryCode], [Count])
                VALUES (m.[VisitDate], m.[SiteId], m.[SiteCode], m.[SiteLevel], m.[IsRural], m.[CategoryCode], m.[Count]);
            SELECT COUNT_BIG(*) FROM @moved;
            COMMIT;
            """);
}
