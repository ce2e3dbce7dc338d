using LibraryIls.Catalog.Marc.Generation;

namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>
/// The fast ISO 2709 → MARCXML path (clean records copied from their bytes) must write exactly
/// what decoding each record and writing it would write.
/// </summary>
public class VerbatimMarcXmlTests
{
    [Theory]
    [MemberData(nameof(Corpus.Iso2709Theory), MemberType = typeof(Corpus))]
    public void Given_a_corpus_file_When_converted_by_the_fast_path_Then_the_xml_equals_the_full_path(string file)
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf(file));

        FastPath(bytes).ShouldBe(FullPath(bytes));
    }

    [Fact]
    public void Given_generated_vietnamese_records_When_converted_Then_the_fast_path_is_taken_and_equals_the_full_path()
    {
        var file = new MemoryStream();
        new VietnameseRecordGenerator().WriteIso2709(file, 2000);
        var bytes = file.ToArray();

        var output = new MemoryStream();
        using (var reader = new Iso2709Reader(new MemoryStream(bytes)))
        using (var writer = new MarcXmlWriter(output, leaveOpen: true))
        {
            var verbatim = 0;
            while (reader.NextFrame(out var start, out var length, out _, out _))
            {
                verbatim += reader.FrameWasClean && writer.TryWriteVerbatim(reader.Frame(start, length)) ? 1 : 0;
            }

            verbatim.ShouldBe(2000);
        }

        System.Text.Encoding.UTF8.GetString(output.ToArray()).ShouldBe(FullPath(bytes));
    }

    private static string FastPath(byte[] bytes) =>
        CliResult.Run(bytes, "convert", "--from", "iso2709", "--to", "marcxml", "-", "-").Output;

    private static string FullPath(byte[] bytes)
    {
        var output = new MemoryStream();
        using (var reader = new Iso2709Reader(new MemoryStream(bytes)))
        using (var writer = new MarcXmlWriter(output, leaveOpen: true))
        {
            foreach (var record in reader)
            {
                writer.Write(record);
            }
        }

        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }
}
