using System.Text.RegularExpressions;

namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>
/// The corpus travels with the repository only with its papers: every file it holds is listed in PROVENANCE.md under its
/// source, every listed file is there, and every source has its licence beside its files (marcjs states its own in its package.json).
/// </summary>
public partial class CorpusProvenanceTests
{
    [Fact]
    public void Every_corpus_file_is_listed_in_PROVENANCE_under_a_source_that_has_its_licence()
    {
        var listed = Listed();
        var present = Corpus.AllFiles().Select(f => Corpus.Relative(f).Replace('\\', '/')).ToHashSet();

        present.Count.ShouldBeGreaterThan(400, "the corpus is in tests/corpus");
        present.Except(listed.Keys).ShouldBeEmpty("files in tests/corpus that PROVENANCE.md does not list");
        listed.Keys.Except(present).ShouldBeEmpty("files PROVENANCE.md lists that tests/corpus lacks");
        foreach (var source in listed.Values.Distinct())
            listed.Keys.ShouldContain(k => k.StartsWith(source + "/LICENSE", StringComparison.Ordinal) || k == source + "/package.json",
                $"{source} has no licence file (a LICENSE file, or the npm package.json that names the licence)");
    }

    /// <summary>Each row "| `path` |" of a section "## source/", as source/path, with the source it belongs to.</summary>
    private static Dictionary<string, string> Listed()
    {
        var listed = new Dictionary<string, string>();
        string? source = null;
        foreach (var line in File.ReadLines(Corpus.PathOf("PROVENANCE.md")))
        {
            if (Section().Match(line) is { Success: true } section) source = section.Groups[1].Value;
            else if (source is not null && Row().Match(line) is { Success: true } row) listed[$"{source}/{row.Groups[1].Value}"] = source;
        }
        return listed;
    }

    [GeneratedRegex(@"^## (\S+)/\s*$")]
    private static partial Regex Section();

    [GeneratedRegex(@"^\| `([^`]+)` \|")]
    private static partial Regex Row();
}
