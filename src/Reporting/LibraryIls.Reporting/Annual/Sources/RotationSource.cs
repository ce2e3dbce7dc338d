using LibraryIls.Circulation.Contracts;
using static LibraryIls.Reporting.Annual.RowValues;

namespace LibraryIls.Reporting.Annual.Sources;

/// <summary>
/// rpt_rotation_batches_v1 and rpt_rotation_usage_v1: batches and copies sent out in the period (by the
/// stage's dispatch), the points they went to, and what the points reported back (periods ending in it).
/// A batch is counted once however many points it moved on to; its copies once per point they served.
/// </summary>
internal sealed class RotationSource : IFigureSource
{
    public IReadOnlyList<(string Schema, string View)> Views { get; } =
        [("circulation", RotationBatchRowV1.ViewName), ("circulation", RotationUsageRowV1.ViewName)];

    public async Task CollectAsync(SourceContext context, ReportPeriod period, Tally tally, CancellationToken ct)
    {
        tally.Touch(Indicators.RotationCopies, Dimensions.Level, Dimensions.Site, Dimensions.PointKind, Dimensions.Month);
        tally.Touch(Indicators.RotationBatches, Dimensions.Level, Dimensions.PointKind, Dimensions.Month);
        tally.Touch(Indicators.RotationPoints, Dimensions.Level, Dimensions.PointKind);
        tally.Touch(Indicators.RotationRuralPoints, Dimensions.Level);
        tally.Touch(Indicators.RotationReaders, Dimensions.Level, Dimensions.Site, Dimensions.Month, Dimensions.Rural);
        tally.Touch(Indicators.RotationItemUses, Dimensions.Level, Dimensions.Site, Dimensions.Month, Dimensions.Rural);

        string Stages(ViewQuery q) => $"""
            SELECT "BatchId", "DestinationSiteId", "DestinationLevel", "DestinationPointKind", "DestinationIsRural", "CopiesSent",
                   {q.MonthOf("\"DispatchedAtUtc\"", period, instant: true)} AS m
            FROM {q.View("circulation", RotationBatchRowV1.ViewName)}
            WHERE "DispatchedAtUtc" >= {q.Instant(period.StartUtc)} AND "DispatchedAtUtc" < {q.Instant(period.EndUtc)}
              AND {q.InScope("\"DestinationSiteId\"", context.Scope)}
            """;

        await using (var q = context.Query())
        {
            var sql = $"""
                SELECT "DestinationSiteId", "DestinationLevel", "DestinationPointKind", m, SUM("CopiesSent")
                FROM ({Stages(q)}) s GROUP BY "DestinationSiteId", "DestinationLevel", "DestinationPointKind", m
                """;
            foreach (var row in await q.RowsAsync(sql, ct))
                tally.AddRow(Indicators.RotationCopies, Number(row[4]), (Dimensions.Site, Text(row[0])), (Dimensions.Level, Text(row[1])),
                    (Dimensions.PointKind, Text(row[2])), (Dimensions.Month, Dimensions.MonthKey(Int(row[3]))));
        }
        (string, string?)[] byLevelAndKind = [(Tally.Total, null), (Dimensions.Level, "\"DestinationLevel\""), (Dimensions.PointKind, "\"DestinationPointKind\"")];
        await DistinctCounts.CollectAsync(context, tally, Indicators.RotationBatches, "\"BatchId\"", [.. byLevelAndKind, (Dimensions.Month, "m")], Stages, ct);
        await DistinctCounts.CollectAsync(context, tally, Indicators.RotationPoints, "\"DestinationSiteId\"", byLevelAndKind, Stages, ct);
        await DistinctCounts.CollectAsync(context, tally, Indicators.RotationRuralPoints, "\"DestinationSiteId\"", [.. byLevelAndKind.Take(2)],
            q => $"SELECT * FROM ({Stages(q)}) s WHERE \"DestinationIsRural\" = {q.Value(true)}", ct);
        await using (var q = context.Query())
        {
            var sql = $"""
                SELECT "SiteId", "SiteLevel", "IsRural", m, SUM("ReadersServed"), SUM("ItemUses")
                FROM (SELECT "SiteId", "SiteLevel", "IsRural", "ReadersServed", "ItemUses", {q.MonthOf("\"PeriodTo\"", period, instant: false)} AS m
                      FROM {q.View("circulation", RotationUsageRowV1.ViewName)}
                      WHERE "PeriodTo" >= {q.Day(period.From)} AND "PeriodTo" <= {q.Day(period.To)} AND {q.InScope("\"SiteId\"", context.Scope)}) u
                GROUP BY "SiteId", "SiteLevel", "IsRural", m
                """;
            foreach (var row in await q.RowsAsync(sql, ct))
            {
                (string, string)[] keys = [(Dimensions.Site, Text(row[0])), (Dimensions.Level, Text(row[1])),
                    (Dimensions.Rural, Flag(row[2]) ? "true" : "false"), (Dimensions.Month, Dimensions.MonthKey(Int(row[3])))];
                tally.AddRow(Indicators.RotationReaders, Number(row[4]), keys);
                tally.AddRow(Indicators.RotationItemUses, Number(row[5]), keys);
            }
        }
    }
}
