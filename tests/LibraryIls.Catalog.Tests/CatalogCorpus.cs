using System.Runtime.CompilerServices;

namespace LibraryIls.Catalog.Tests;

/// <summary>The MARC files written by others, used in place from ../shared/corpus (never copied into the repo).</summary>
internal static class CatalogCorpus
{
    public static string Root { get; } = FindRoot();

    /// <summary>The corpus's files with one of these extensions, in a fixed order.</summary>
    public static IEnumerable<string> Files(params string[] extensions) =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal);

    private static string FindRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "../../../shared/corpus"));
}
