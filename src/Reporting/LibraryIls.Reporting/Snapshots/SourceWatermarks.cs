using LibraryIls.Catalog.Contracts;
using LibraryIls.Circulation.Contracts;
using LibraryIls.Organization.Contracts;
using LibraryIls.Patrons.Contracts;
using LibraryIls.Reporting.Annual;
using LibraryIls.Reporting.Annual.Sources;

namespace LibraryIls.Reporting.Snapshots;

/// <summary>What a published view held when a snapshot was computed: its rows and its highest id or date.</summary>
public sealed record SourceWatermark(string View, long Rows, string? Highest);

/// <summary>Describes the data a report was computed from, so a stored snapshot says what it stands on.</summary>
internal static class SourceWatermarks
{
    private static readonly (string Schema, string View, string Highest)[] Views =
    [
        ("organization", SiteRowV1.ViewName, "\"Code\""),
        ("catalog", CatalogViews.CopiesV1, "\"AcquiredOn\""),
        ("catalog", CatalogViews.RecordsV1, "\"UpdatedAt\""),
        ("catalog", OpacAccessRowV1.ViewName, "\"AccessId\""),
        ("patrons", CardEventRowV1.ViewName, "\"OccurredAtUtc\""),
        ("patrons", VisitRowV1.ViewName, "\"Date\""),
        ("circulation", CirculationEventRowV1.ViewName, "\"EventId\""),
        ("circulation", RotationBatchRowV1.ViewName, "\"DispatchedAtUtc\""),
        ("circulation", RotationUsageRowV1.ViewName, "\"PeriodTo\""),
        ("circulation", MobileVanStopRowV1.ViewName, "\"TripDate\""),
        (Data.ReportingDbContext.SchemaName, AnnualInputsSource.Table, "\"UpdatedAt\""),
    ];

    public static async Task<IReadOnlyList<SourceWatermark>> ReadAsync(SourceContext context, CancellationToken ct)
    {
        var result = new List<SourceWatermark>();
        foreach (var (schema, view, highest) in Views)
        {
            if (!await PublishedViews.ExistsAsync(context, schema, view, ct)) continue;
            await using var q = context.Query();
            var row = (await q.RowsAsync($"SELECT COUNT(*), MAX({highest}) FROM {q.View(schema, view)}", ct))[0];
            result.Add(new SourceWatermark(view, (long)RowValues.Number(row[0]), row[1] is null ? null : RowValues.Text(row[1] is DateTime d ? d.ToString("O") : row[1])));
        }
        return result;
    }
}
