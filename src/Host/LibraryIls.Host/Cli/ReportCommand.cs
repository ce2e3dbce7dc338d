using LibraryIls.Host.Data;
using LibraryIls.Reporting;

namespace LibraryIls.Host.Cli;

/// <summary><c>report annual --year 2025 --format xlsx --out FILE [--site CODE]</c>: the year's statistics as a file.</summary>
internal static class ReportCommand
{
    public const string Usage = "usage: report annual --year 2025 [--format xlsx|docx|csv|json] --out FILE [--site CODE]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var year = Option(args, "--year");
        var format = (Option(args, "--format") ?? "xlsx").ToLowerInvariant();
        var output = Option(args, "--out");
        if (args is not ["annual", ..] || !int.TryParse(year, out var y) || y is < 2000 or > 2100 || output is null
            || format is not ("xlsx" or "docx" or "csv" or "json"))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        await services.GetRequiredService<DatabaseMigrations>().MigrateAsync(ct);
        try
        {
            var (content, _) = await ReportingModule.AnnualReportFileAsync(services, y, format, Option(args, "--site"), ct);
            await File.WriteAllBytesAsync(output, content, ct);
            Console.WriteLine($"Đã ghi báo cáo năm {y} / report written: {output} ({content.Length:N0} bytes)");
            return 0;
        }
        catch (BuildingBlocks.Errors.NotFoundException e)
        {
            await Console.Error.WriteLineAsync(e.Text.Current);
            return 1;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
