using LibraryIls.BuildingBlocks.Data;
using static LibraryIls.Reporting.Annual.RowValues;

namespace LibraryIls.Reporting.Annual.Sources;

/// <summary>
/// Figures that count distinct things (titles, batches, points, trips) do not add up across breakdowns, so each
/// breakdown is its own COUNT(DISTINCT …). One statement: the rows are read once into a materialised CTE and
/// every breakdown counts over it (UNION ALL); a null column is the total.
/// </summary>
internal static class DistinctCounts
{
    public static async Task CollectAsync(SourceContext context, Tally tally, string indicator, string counted,
        IReadOnlyList<(string Dimension, string? Column)> breakdowns, Func<ViewQuery, string> rows, CancellationToken ct)
    {
        await using var q = context.Query();
        // SQL Server has no MATERIALIZED hint (and joins by hashing, so reading the view per breakdown is cheap there).
        var materialized = context.Provider == DatabaseProvider.SqlServer ? "" : "MATERIALIZED";
        var parts = breakdowns.Select((b, i) => b.Column is null
            ? $"SELECT {i} AS b, '' AS k, COUNT(DISTINCT {counted}) AS n FROM r"
            : $"SELECT {i} AS b, CAST({b.Column} AS {TextType(context.Provider)}) AS k, COUNT(DISTINCT {counted}) AS n FROM r GROUP BY {b.Column}");
        var sql = $"WITH r AS {materialized} ({rows(q)}) {string.Join(" UNION ALL ", parts)}";
        foreach (var row in await q.RowsAsync(sql, ct))
        {
            var (dimension, column) = breakdowns[Int(row[0])];
            var key = column is null ? "" : dimension == Dimensions.Month ? Dimensions.MonthKey(Int(row[1])) : Text(row[1]);
            tally.Add(indicator, dimension, key, Number(row[2]));
        }
    }

    private static string TextType(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.SqlServer => "nvarchar(100)",
        DatabaseProvider.Postgres => "text",
        _ => "TEXT",
    };
}
