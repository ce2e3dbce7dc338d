using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Reporting.Annual.Sources;
using LibraryIls.Reporting.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LibraryIls.Reporting.Annual;

/// <summary>
/// Computes a period's report and the same period a year earlier: each source aggregates its view in the
/// database, the derived figures re-add those aggregates, and every figure gets its comparison.
/// </summary>
internal sealed class AnnualReportBuilder(ReportingDbContext db, ConnectedDatabase database, IEnumerable<IFigureSource> sources,
    IOptions<ReportingOptions> options, TimeProvider clock, ILogger<AnnualReportBuilder> log)
{
    /// <summary>Who sends the reports of this installation (the docx heading and signature).</summary>
    public ReportLetterhead Letterhead => options.Value.Letterhead;

    public async Task<SourceContext> OpenAsync(IReadOnlyCollection<Guid>? scope, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var context = new SourceContext(db.Database.GetDbConnection(), database.Provider, scope);
        if (database.Provider == DatabaseProvider.Sqlite) await SqliteStatistics.RefreshAsync(context, ct);
        if (database.Provider == DatabaseProvider.Postgres) await PostgresSession.ForAggregationAsync(context, ct);
        return context with { Network = await SiteNetwork.LoadAsync(context, ct) };
    }

    public async Task<AnnualReportResponse> BuildAsync(ReportPeriod period, ReportScope scope, CancellationToken ct)
    {
        var context = await OpenAsync(scope.Sites, ct);
        var notes = new List<string>();
        var current = new Tally();
        var previous = new Tally();
        foreach (var source in sources)
        {
            var missing = new List<string>();
            foreach (var (schema, view) in source.Views)
                if (!await PublishedViews.ExistsAsync(context, schema, view, ct)) missing.Add(view);
            if (missing.Count > 0)
            {
                notes.Add($"Chưa có dữ liệu (view chưa được công bố): {string.Join(", ", missing)} / not published yet.");
                continue;
            }
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await source.CollectAsync(context, period, current, ct);
            await source.CollectAsync(context, period.Previous(), previous, ct);
            log.LogDebug("{Source}: {Elapsed} ms", source.GetType().Name, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        var pupils = options.Value.PupilCategories.ToHashSet(StringComparer.Ordinal);
        DerivedFigures.Apply(current, pupils);
        DerivedFigures.Apply(previous, pupils);
        if (scope.Sites is not null) notes.Add("Số biểu ghi biên mục chỉ có trong báo cáo toàn mạng lưới / records catalogued: whole network only.");

        var labels = new BreakdownLabels(context.Network, period);
        var sections = Indicators.Sections
            .Select(s => new SectionFigures(s.Number, s.TitleVi, s.TitleEn,
                s.Indicators.Where(i => current.Has(i.Code) || previous.Has(i.Code)).Select(i => Figures(i, current, previous, labels)).ToList()))
            .Where(s => s.Indicators.Count > 0)
            .ToList();
        var title = period.IsCalendarYear ? $"Báo cáo thống kê hoạt động thư viện năm {period.From.Year}"
            : $"Báo cáo thống kê hoạt động thư viện từ {period.From:dd/MM/yyyy} đến {period.To:dd/MM/yyyy}";
        var before = period.Previous();
        return new AnnualReportResponse(title, period.From, period.To, before.From, before.To, scope.SiteCode, scope.Name,
            clock.GetUtcNow(), notes, sections);
    }

    private static IndicatorFigures Figures(Indicator indicator, Tally current, Tally previous, BreakdownLabels labels)
    {
        decimal? Value(Tally t, string dimension, string key) =>
            !t.Has(indicator.Code) ? null
            : dimension == Tally.Total && !t.DimensionsOf(indicator.Code).Contains(Tally.Total) ? null
            : t.Get(indicator.Code, dimension, key);
        var ratio = indicator.Code.StartsWith("de329.", StringComparison.Ordinal);
        decimal? Total(Tally t) => ratio ? (t.Has(indicator.Code) ? t.Get(indicator.Code) : null) : Value(t, Tally.Total, "");
        var breakdowns = new Dictionary<string, IReadOnlyList<BreakdownFigure>>();
        foreach (var dimension in current.DimensionsOf(indicator.Code).Union(previous.DimensionsOf(indicator.Code)).Where(d => d != Tally.Total).Order())
        {
            var keys = current.Breakdown(indicator.Code, dimension).Select(b => b.Key)
                .Union(previous.Breakdown(indicator.Code, dimension).Select(b => b.Key));
            breakdowns[dimension] = BreakdownLabels.Ordered(dimension, keys.Select(k =>
                new BreakdownFigure(k, labels.Of(dimension, k), Figure.Of(Value(current, dimension, k), Value(previous, dimension, k))))).ToList();
        }
        return new IndicatorFigures(indicator.Code, indicator.NameVi, indicator.NameEn, indicator.Unit, indicator.Rule,
            Figure.Of(Total(current), Total(previous)), breakdowns);
    }
}
