namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>
/// ISO 2709 → MARCXML → ISO 2709 on every record of the corpus. A well-formed UTF-8 record comes
/// back byte for byte; any other record (MARC-8, repaired, NFD) once written as UTF-8 is stable from then on.
/// </summary>
public class RoundTripTests
{
    [Theory]
    [MemberData(nameof(Corpus.Iso2709Theory), MemberType = typeof(Corpus))]
    public void Given_a_corpus_file_When_records_go_through_marcxml_and_back_Then_the_bytes_are_unchanged(string file)
    {
        var path = Corpus.PathOf(file);
        var raw = File.ReadAllBytes(path);
        foreach (var record in Corpus.Read(path))
        {
            byte[] first;
            try
            {
                first = Iso2709Writer.ToBytes(record);
            }
            catch (MarcWriteException)
            {
                continue; // too long for ISO 2709: refused, as it must be (tested on its own)
            }

            var again = Iso2709Writer.ToBytes(ThroughMarcXml(record));
            Convert.ToHexString(again).ShouldBe(Convert.ToHexString(first), $"{file} record {record.Index}");

            if (IsWellFormedUtf8(record, raw))
            {
                var original = raw.AsSpan((int)record.ByteOffset, first.Length).ToArray();
                Convert.ToHexString(first).ShouldBe(Convert.ToHexString(original), $"{file} record {record.Index} is well-formed UTF-8");
            }
        }
    }

    [Fact]
    public void Given_the_corpus_When_counting_well_formed_utf8_records_Then_there_are_enough_to_mean_something()
    {
        var count = Corpus.Iso2709Files().Sum(f =>
        {
            var raw = File.ReadAllBytes(f);
            return Corpus.Read(f).Count(r => IsWellFormedUtf8(r, raw));
        });

        count.ShouldBeGreaterThan(100);
    }

    internal static MarcRecord ThroughMarcXml(MarcRecord record)
    {
        var xml = MarcXmlWriter.ToXml(record);
        using var reader = new MarcXmlReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml)));
        return reader.Single();
    }

    /// <summary>Read without any repair, declared and found UTF-8, NFC, and its length as the leader says.</summary>
    private static bool IsWellFormedUtf8(MarcRecord record, byte[] raw) =>
        record.Issues.Count == 0
        && record.SourceEncoding == MarcEncoding.Utf8
        && record.ByteOffset + 24 <= raw.Length
        && raw[record.ByteOffset + 9] == (byte)'a'
        && raw[record.ByteOffset + 20] == (byte)'4' && raw[record.ByteOffset + 21] == (byte)'5'
        && record.Fields.All(f => f.Tag.Length == 3)
        && !HasXmlIllegalCharacters(record);

    private static bool HasXmlIllegalCharacters(MarcRecord record) =>
        RecordComparison.Lines(record).Any(l => l.Any(c => c < 0x20));
}
