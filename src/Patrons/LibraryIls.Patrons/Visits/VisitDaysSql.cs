using LibraryIls.BuildingBlocks.Data;

namespace LibraryIls.Patrons.Visits;

/// <summary>
/// The rollup of visits into their daily summary. rpt_patrons_visits_v1 (visits per day, site and category; made by
/// the DailyVisitSummary migration) is the daily summary (pat_visit_days) plus the visits not summarised yet, grouped
/// again: exact at every instant. The rollup marks visits and adds them to the summary in one atomic step, so a count
/// entered late or for a past day is counted once, in its own day. A partial index finds the unsummarised visits (named
/// on SQLite, whose planner would otherwise read the reporting index of every visit).
/// </summary>
internal static class VisitDaysSql
{
    private const string Key = "\"VisitDate\", \"SiteId\", \"SiteCode\", \"SiteLevel\", \"IsRural\"";

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
