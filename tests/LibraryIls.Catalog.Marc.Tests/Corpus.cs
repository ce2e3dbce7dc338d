using LibraryIls.Tests;

namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>The MARC files written by others, in tests/corpus (see its PROVENANCE.md).</summary>
internal static class Corpus
{
    private static readonly string[] Iso2709Extensions = [".mrc", ".marc", ".dat", ".usmarc"];

    public static string Root => RepositoryFiles.Corpus;

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Every file, whatever it is: the CLI must survive all of them.</summary>
    public static IEnumerable<string> AllFiles() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("PROVENANCE.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static IEnumerable<string> Iso2709Files() =>
        AllFiles().Where(f => Iso2709Extensions.Contains(Path.GetExtension(f)) && !f.EndsWith(".xml.marc", StringComparison.Ordinal) && !f.EndsWith(".json.marc", StringComparison.Ordinal))
            .Concat(AllFiles().Where(f => f.EndsWith(".xml.marc", StringComparison.Ordinal) || f.EndsWith(".json.marc", StringComparison.Ordinal)));

    /// <summary>Every ISO 2709 file as theory data, by path relative to the corpus.</summary>
    public static TheoryData<string> Iso2709Theory() => [.. Iso2709Files().Select(Relative)];

    public static IEnumerable<string> MarcXmlFiles() =>
        AllFiles().Where(f => Path.GetExtension(f) == ".xml");

    public static string Relative(string path) => Path.GetRelativePath(Root, path);

    public static List<MarcRecord> Read(string path, MarcReadOptions? options = null)
    {
        using var reader = MarcFiles.OpenReader(File.OpenRead(path), options);
        return [.. reader];
    }

    public static List<MarcRecord> ReadBytes(byte[] bytes, MarcReadOptions options)
    {
        using var reader = new Iso2709Reader(new MemoryStream(bytes), options);
        return [.. reader];
    }
}
