using static LibraryIls.Reporting.Annual.RowValues;

namespace LibraryIls.Reporting.Annual.Sources;

/// <summary>
/// Figures that count distinct things (titles, batches, points, trips) do not add up across breakdowns, so
/// each breakdown is its own COUNT(DISTINCT …) over the same rows; a null column is the total.
/// </summary>
internal static class DistinctCounts
{
    public static async Task CollectAsync(SourceContext context, Tally tally, string indicator, string counted,
        IEnumerable<(string Dimension, string? Column)> breakdowns, Func<ViewQuery, string> rows, CancellationToken ct)
    {
        foreach (var (dimension, column) in breakdowns)
        {
            await using var q = context.Query();
            var sql = column is null
                ? $"SELECT COUNT(DISTINCT {counted}) FROM ({rows(q)}) r"
                : $"SELECT {column}, COUNT(DISTINCT {counted}) FROM ({rows(q)}) r GROUP BY {column}";
            foreach (var row in await q.RowsAsync(sql, ct))
            {
                var key = column is null ? "" : dimension == Dimensions.Month ? Dimensions.MonthKey(Int(row[0])) : Text(row[0]);
                tally.Add(indicator, dimension, key, Number(row[^1]));
            }
        }
    }
}
