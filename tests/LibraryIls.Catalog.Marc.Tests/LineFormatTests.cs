using System.Text;

namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>The "line" display matches yaz-marcdump's own line dumps of its UTF-8 collections.</summary>
public class LineFormatTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Given_a_yaz_collection_When_written_in_line_format_Then_it_matches_the_yaz_dump(int n)
    {
        var dir = Corpus.PathOf("yaz/test/marc-files");
        var bytes = File.ReadAllBytes(Path.Combine(dir, $"marccol{n}.u8.marc"));

        var ours = CliResult.Run(bytes, "convert", "--from", "iso2709", "--to", "line", "-", "-").Output;

        // yaz prints the decomposed diacritics of the file; we print NFC.
        var expected = File.ReadAllText(Path.Combine(dir, $"marccol{n}.u8.1.lst")).Normalize(NormalizationForm.FormC);
        ours.ShouldBe(expected);
    }
}
