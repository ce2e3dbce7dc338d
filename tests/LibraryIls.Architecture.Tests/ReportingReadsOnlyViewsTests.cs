using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace LibraryIls.Architecture.Tests;

/// <summary>
/// Reporting reads the other modules only through their published views (rpt_*_v1) and owns only its own
/// rpt_ tables. An assembly reference would show coupling to a module; a table name hidden in a SQL string
/// would not (docs/architecture.md), so the SQL text compiled into Reporting is read here too.
/// </summary>
public sealed partial class ReportingReadsOnlyViewsTests
{
    private static readonly string[] OwnTables = ["rpt_snapshots", "rpt_annual_inputs"];

    private static readonly string ReportingFile = Path.Combine(AppContext.BaseDirectory, "LibraryIls.Reporting.dll");

    [GeneratedRegex(@"(?<![A-Za-z0-9_])(org|cat|pat|cir|qrtz)_[A-Za-z0-9_]+")]
    private static partial Regex OtherModulesTable();

    [GeneratedRegex(@"(?<![A-Za-z0-9_])rpt_[A-Za-z0-9_]+")]
    private static partial Regex ReportingName();

    [GeneratedRegex(@"^rpt_[a-z_]+_v[0-9]+$")]
    private static partial Regex PublishedView();

    private static List<string> StringsInReporting()
    {
        using var stream = File.OpenRead(ReportingFile);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var result = new List<string>();
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = metadata.GetNextHandle(handle))
            result.Add(metadata.GetUserString(handle));
        return result;
    }

    [Fact]
    public void Given_the_reporting_module_When_its_references_are_read_Then_it_knows_other_modules_only_by_their_contracts()
    {
        var references = Assembly.LoadFrom(ReportingFile).GetReferencedAssemblies().Select(r => r.Name!)
            .Where(r => r.StartsWith("LibraryIls.", StringComparison.Ordinal)).ToList();

        references.ShouldContain("LibraryIls.Organization.Contracts");
        references.Where(r => r != "LibraryIls.BuildingBlocks" && !r.EndsWith(".Contracts", StringComparison.Ordinal)).ShouldBeEmpty();

        // Contracts used only for their constants leave no assembly reference behind, so the project file is read as well.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "LibraryIls.sln"))) root = root.Parent!;
        var project = System.Xml.Linq.XDocument.Load(Path.Combine(root.FullName, "src/Reporting/LibraryIls.Reporting/LibraryIls.Reporting.csproj"));
        var projects = project.Descendants("ProjectReference").Select(p => Path.GetFileNameWithoutExtension((string)p.Attribute("Include")!)).ToList();
        projects.ShouldContain("LibraryIls.Circulation.Contracts");
        projects.Where(p => p != "LibraryIls.BuildingBlocks" && !p.EndsWith(".Contracts", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void Given_the_reporting_module_When_its_sql_text_is_read_Then_it_names_only_published_views_and_its_own_tables()
    {
        var strings = StringsInReporting();
        strings.ShouldContain("rpt_circulation_events_v1"); // the scan sees the SQL: a view name inlined from the contracts

        var otherTables = strings.SelectMany(s => OtherModulesTable().Matches(s)).Select(m => m.Value).Distinct().ToList();
        var reportingNames = strings.SelectMany(s => ReportingName().Matches(s)).Select(m => m.Value).Distinct().ToList();

        otherTables.ShouldBeEmpty();
        reportingNames.Where(n => !PublishedView().IsMatch(n) && !OwnTables.Contains(n)).ShouldBeEmpty();
        reportingNames.ShouldContain("rpt_annual_inputs");
    }
}
