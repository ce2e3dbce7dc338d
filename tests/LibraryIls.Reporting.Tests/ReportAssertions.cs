using LibraryIls.Reporting.Annual;

namespace LibraryIls.Reporting.Tests;

/// <summary>Compares a report with the figures the test counted: totals and every breakdown, both periods, change and percent.</summary>
public static class ReportAssertions
{
    public static void ShouldMatch(this AnnualReportResponse report, ExpectedFigures current, ExpectedFigures previous, IEnumerable<string> indicators)
    {
        var failures = new List<string>();
        foreach (var code in indicators)
        {
            if (!Indicators.ByCode.ContainsKey(code)) failures.Add($"{code}: no such indicator");
            var figure = report.Find(code);
            if (figure is null && !current.Values.ContainsKey(code) && !previous.Values.ContainsKey(code)) continue;
            if (figure is null)
            {
                failures.Add($"{code}: missing from the report");
                continue;
            }
            Compare(failures, $"{code} total", figure.Total, Value(current, code, "total", ""), Value(previous, code, "total", ""));
            var dimensions = Dimensions(current, code).Union(Dimensions(previous, code)).ToHashSet();
            if (!dimensions.SetEquals(figure.Breakdowns.Keys))
                failures.Add($"{code}: breakdowns {string.Join(",", figure.Breakdowns.Keys.Order())} but counted {string.Join(",", dimensions.Order())}");
            foreach (var dimension in dimensions)
            {
                var rows = figure.Breakdowns.GetValueOrDefault(dimension) ?? [];
                var keys = Keys(current, code, dimension).Union(Keys(previous, code, dimension)).Union(rows.Select(r => r.Key)).ToHashSet();
                foreach (var key in keys)
                {
                    var row = rows.FirstOrDefault(r => r.Key == key);
                    Compare(failures, $"{code} {dimension}={key}", row?.Figure ?? Figure.Of(0, 0),
                        Value(current, code, dimension, key) ?? 0, Value(previous, code, dimension, key) ?? 0);
                }
            }
        }
        failures.ShouldBeEmpty();
    }

    private static IEnumerable<string> Dimensions(ExpectedFigures e, string code) =>
        e.Values.TryGetValue(code, out var d) ? d.Keys.Where(k => k != "total") : [];

    private static IEnumerable<string> Keys(ExpectedFigures e, string code, string dimension) =>
        e.Values.TryGetValue(code, out var d) && d.TryGetValue(dimension, out var k) ? k.Keys : [];

    private static decimal? Value(ExpectedFigures e, string code, string dimension, string key) =>
        e.Values.TryGetValue(code, out var d) ? d.TryGetValue(dimension, out var k) ? k.GetValueOrDefault(key) : 0 : null;

    private static void Compare(List<string> failures, string what, Figure actual, decimal? current, decimal? previous)
    {
        var expected = Figure.Of(current, previous);
        if (actual.Current != expected.Current || actual.Previous != expected.Previous || actual.Difference != expected.Difference
            || actual.PercentChange != expected.PercentChange)
            failures.Add($"{what}: report {actual} but counted {expected}");
    }
}
