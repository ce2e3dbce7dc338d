using LibraryIls.Patrons.Contracts;
using static LibraryIls.Reporting.Annual.RowValues;

namespace LibraryIls.Reporting.Annual.Sources;

/// <summary>rpt_patrons_visits_v1: readers entering a site (on-site visits), per day, site and category; the area is the site's.</summary>
internal sealed class VisitsSource : IFigureSource
{
    public IReadOnlyList<(string Schema, string View)> Views { get; } = [("patrons", VisitRowV1.ViewName)];

    public async Task CollectAsync(SourceContext context, ReportPeriod period, Tally tally, CancellationToken ct)
    {
        await using var q = context.Query();
        var sql = $"""
            SELECT "SiteId", "SiteLevel", "CategoryCode", "IsRural", m, SUM("Count")
            FROM (SELECT "SiteId", "SiteLevel", "CategoryCode", "IsRural", "Count", {q.MonthOf("\"Date\"", period, instant: false)} AS m
                  FROM {q.View("patrons", VisitRowV1.ViewName)}
                  WHERE "Date" >= {q.Day(period.From)} AND "Date" <= {q.Day(period.To)} AND {q.InScope("\"SiteId\"", context.Scope)}) v
            GROUP BY "SiteId", "SiteLevel", "CategoryCode", "IsRural", m
            """;
        tally.Touch(Indicators.OnSiteVisits, Dimensions.Level, Dimensions.Site, Dimensions.Category, Dimensions.Month, Dimensions.Rural);
        foreach (var row in await q.RowsAsync(sql, ct))
            tally.AddRow(Indicators.OnSiteVisits, Number(row[5]), (Dimensions.Site, Text(row[0])), (Dimensions.Level, Text(row[1])),
                (Dimensions.Category, Text(row[2])), (Dimensions.Month, Dimensions.MonthKey(Int(row[4]))), (Dimensions.Rural, Flag(row[3]) ? "true" : "false"));
    }
}
