using LibraryIls.BuildingBlocks.Data;

namespace LibraryIls.Circulation.ReportingViews;

/// <summary>
/// The rollup of circulation events into their daily summary. rpt_circulation_daily_v1 (made by the DailyEventSummary
/// migration) = the daily summary (cir_event_days) UNION ALL the events not summarised yet, one row each: exact at
/// every instant. A day is a Vietnamese calendar day (UTC+7, no daylight saving). The rollup marks
/// events and adds them to the summary in one atomic step, so an event written late, offline or with a past time
/// is counted once, in its own day, whenever it arrives. A partial index finds the unsummarised events (SQLite is told
/// to use it: its planner prefers the reporting index on Kind and would read every event of the year).
/// </summary>
internal static class CirculationDaysSql
{
    private const string Columns = "\"Day\", \"Kind\", \"SiteId\", \"SiteLevel\", \"ReaderCategory\", \"Count\", \"Events\"";

    private const string SqliteDay = "date(\"OccurredAt\", '+7 hours')";
    private const string PostgresDay = "((\"OccurredAt\" AT TIME ZONE 'UTC') + INTERVAL '7 hours')::date";
    private const string SqlServerDay = "CAST(DATEADD(hour, 7, [OccurredAt]) AS date)";

    public static readonly SummaryRollupSql Rollup = new(
        SqliteCut: """SELECT MAX("Id") FROM (SELECT "Id" FROM "cir_events" WHERE "Summarised" = 0 ORDER BY "Id" LIMIT @batch)""",
        // The partial index named: SQLite's planner otherwise reads a reporting index of every row, each batch.
        SqliteAdd: $"""
            INSERT INTO "cir_event_days" ({Columns})
            SELECT {SqliteDay}, "Kind", "SiteId", "SiteLevel", COALESCE("ReaderCategory", ''), SUM("Count"), COUNT(*)
            FROM "cir_events" INDEXED BY "IX_cir_events_unsummarised" WHERE "Summarised" = 0 AND "Id" <= @max
            GROUP BY 1, 2, 3, 4, 5
            ON CONFLICT ("Day", "Kind", "SiteId", "SiteLevel", "ReaderCategory")
            DO UPDATE SET "Count" = "Count" + excluded."Count", "Events" = "Events" + excluded."Events"
            """,
        SqliteMark: """UPDATE "cir_events" INDEXED BY "IX_cir_events_unsummarised" SET "Summarised" = 1 WHERE "Summarised" = 0 AND "Id" <= @max""",
        // One statement: the marked rows and the summary change commit together, and rows another rollup holds are skipped.
        Postgres: $"""
            WITH moved AS (
                UPDATE circulation."cir_events" SET "Summarised" = TRUE
                WHERE "Id" IN (SELECT "Id" FROM circulation."cir_events" WHERE NOT "Summarised" AND "Id" > @after
                               ORDER BY "Id" LIMIT @batch FOR UPDATE SKIP LOCKED)
                  AND NOT "Summarised"
                RETURNING "Id", "OccurredAt", "Kind", "SiteId", "SiteLevel", "ReaderCategory", "Count"),
            added AS (
                INSERT INTO circulation."cir_event_days" AS d ({Columns})
                SELECT {PostgresDay}, "Kind", "SiteId", "SiteLevel", COALESCE("ReaderCategory", ''), SUM("Count"), COUNT(*)
                FROM moved GROUP BY 1, 2, 3, 4, 5
                ON CONFLICT ("Day", "Kind", "SiteId", "SiteLevel", "ReaderCategory")
                DO UPDATE SET "Count" = d."Count" + EXCLUDED."Count", "Events" = d."Events" + EXCLUDED."Events")
            SELECT (SELECT COUNT(*) FROM moved), (SELECT "Id" FROM moved ORDER BY "Id" DESC LIMIT 1)
            """,
        PostgresStart: 0L,
        SqlServer: $"""
            SET NOCOUNT ON; SET XACT_ABORT ON;
            BEGIN TRANSACTION;
            DECLARE @moved TABLE ([OccurredAt] datetime2, [Kind] nvarchar(24), [SiteId] uniqueidentifier, [SiteLevel] nvarchar(16),
                [ReaderCategory] nvarchar(32), [Count] int);
            UPDATE TOP (@batch) [circulation].[cir_events] WITH (READPAST, UPDLOCK, ROWLOCK) SET [Summarised] = 1
            OUTPUT inserted.[OccurredAt], inserted.[Kind], inserted.[SiteId], inserted.[SiteLevel], inserted.[ReaderCategory], inserted.[Count] INTO @moved
            WHERE [Summarised] = 0;
            MERGE [circulation].[cir_event_days] WITH (HOLDLOCK) AS d
            USING (SELECT {SqlServerDay} AS [Day], [Kind], [SiteId], [SiteLevel], COALESCE([ReaderCategory], N'') AS [ReaderCategory],
                       SUM(CAST([Count] AS bigint)) AS [Count], COUNT_BIG(*) AS [Events]
                   FROM @moved GROUP BY {SqlServerDay}, [Kind], [SiteId], [SiteLevel], COALESCE([ReaderCategory], N'')) AS m
            ON d.[Day] = m.[Day] AND d.[Kind] = m.[Kind] AND d.[SiteId] = m.[SiteId] AND d.[SiteLevel] = m.[SiteLevel] AND d.[ReaderCategory] = m.[ReaderCategory]
            WHEN MATCHED THEN UPDATE SET [Count] = d.[Count] + m.[Count], [Events] = d.[Events] + m.[Events]
            WHEN NOT MATCHED THEN INSERT ([Day], [Kind], [SiteId], [SiteLevel], [ReaderCategory], [Count], [Events])
                VALUES (m.[Day], m.[Kind], m.[SiteId], m.[SiteLevel], m.[ReaderCategory], m.[Count], m.[Events]);
            SELECT COUNT_BIG(*) FROM @moved;
            COMMIT;
            """);
}
