namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>The "line" display matches yaz-marcdump's own line dumps in its fixtures.</summary>
public class LineFormatTests
{
    [Fact]
    public void Given_yaz_fixture_marccol2_When_displayed_Then_lines_match_the_yaz_dump()
    {
        var dir = Corpus.PathOf("yaz/test/marc-files");
        var record = Corpus.Read(Path.Combine(dir, "marccol2.u8.marc")).Single();

        var expected = File.ReadAllText(Path.Combine(dir, "marccol2.u8.1.lst"));

        // yaz prints the decomposed diacritics of the file; we print NFC.
        (DisplayFormat.ToLineString(record) + "\n").ShouldBe(expected.Normalize(System.Text.NormalizationForm.FormC));
    }
}
