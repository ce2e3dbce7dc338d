namespace LibraryIls.Tests;

/// <summary>
/// Files of the repository itself, found from the test assembly's folder upwards (bin/… sits inside the clone), so a
/// fresh clone anywhere finds them and nothing outside the repository is ever read.
/// </summary>
internal static class RepositoryFiles
{
    /// <summary>The folder that holds LibraryIls.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The MARC files written by other systems (tests/corpus, with their licences and PROVENANCE.md).</summary>
    public static string Corpus { get; } = Path.Combine(Root, "tests", "corpus");

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LibraryIls.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No LibraryIls.sln above {AppContext.BaseDirectory}: the tests run from inside a clone of the repository.");
    }
}
