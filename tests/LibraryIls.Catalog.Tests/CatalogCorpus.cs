using LibraryIls.Tests;

namespace LibraryIls.Catalog.Tests;

/// <summary>The MARC files written by others, in tests/corpus (see its PROVENANCE.md).</summary>
internal static class CatalogCorpus
{
    public static string Root => RepositoryFiles.Corpus;

    /// <summary>The corpus's files with one of these extensions, in a fixed order.</summary>
    public static IEnumerable<string> Files(params string[] extensions) =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal);
}
