using System.Text;

namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>Lenient reading recovers what it can and says what it did; strict reading stops at the first error.</summary>
public class ReaderRecoveryTests
{
    private static byte[] TwoRecords()
    {
        var output = new MemoryStream();
        using (var writer = new Iso2709Writer(output, leaveOpen: true))
        {
            writer.Write(new MarcRecord().AddControlField("001", "A1").AddDataField(new DataField("245", '1', '0', new Subfield('a', "Số đỏ"))));
            writer.Write(new MarcRecord().AddControlField("001", "A2").AddDataField(new DataField("245", '1', '0', new Subfield('a', "Tắt đèn"))));
        }

        return output.ToArray();
    }

    [Fact]
    public void Given_a_truncated_file_When_read_leniently_Then_the_complete_records_and_the_fragment_fields_are_kept()
    {
        var bytes = TwoRecords();
        var truncated = bytes[..(bytes.Length - 6)];

        var records = Corpus.ReadBytes(truncated, MarcReadOptions.Default);

        records.Count.ShouldBe(2);
        records[1].ControlNumber.ShouldBe("A2");
        records[1].Issues.ShouldContain(i => i.Code == "record-length");
    }

    [Fact]
    public void Given_a_truncated_file_When_read_strictly_Then_the_error_has_the_record_index_and_offset()
    {
        var bytes = TwoRecords();
        var second = Array.IndexOf(bytes, (byte)0x1D) + 1;

        var error = Should.Throw<MarcFormatException>(() => Corpus.ReadBytes(bytes[..(bytes.Length - 6)], MarcReadOptions.Strict));

        error.RecordIndex.ShouldBe(1);
        error.ByteOffset.ShouldBe(second);
    }

    [Fact]
    public void Given_a_wrong_record_length_and_filler_between_records_When_read_Then_both_records_come_back_with_warnings()
    {
        var bytes = TwoRecords().ToList();
        bytes[0] = (byte)'9';
        var second = bytes.IndexOf(0x1D) + 1;
        bytes.InsertRange(second, "\r\n"u8.ToArray());

        using var reader = new Iso2709Reader(new MemoryStream([.. bytes]));
        var records = reader.ToList();

        records.Select(r => r.ControlNumber).ShouldBe(["A1", "A2"]);
        records[0].Issues.ShouldContain(i => i.Code == "record-length");
        reader.FileIssues.ShouldContain(i => i.Code == "filler-skipped");
    }

    [Fact]
    public void Given_a_record_over_99999_bytes_When_the_directory_allows_Then_it_is_read()
    {
        // Build by hand what a careless exporter writes: real directory, length field that cannot hold the size.
        var fields = Enumerable.Range(0, 13).Select(_ => Encoding.ASCII.GetBytes("  \u001Fa" + new string('x', 8000) + "\u001E")).ToList();
        var directory = new StringBuilder();
        var offset = 0;
        foreach (var field in fields)
        {
            directory.Append("500").Append(field.Length.ToString("0000")).Append(offset.ToString("00000"));
            offset += field.Length;
        }

        var baseAddress = 24 + directory.Length + 1;
        var record = new List<byte>();
        record.AddRange(Encoding.ASCII.GetBytes($"99999nam a22{baseAddress:00000} i 4500"));
        record.AddRange(Encoding.ASCII.GetBytes(directory.ToString()));
        record.Add(0x1E);
        fields.ForEach(record.AddRange);
        record.Add(0x1D);
        record.Count.ShouldBeGreaterThan(99_999);

        var read = Corpus.ReadBytes([.. record], MarcReadOptions.Default).Single();

        read.DataFields("500").Count().ShouldBe(13);
        read.Issues.ShouldContain(i => i.Code == "record-length");
    }

    [Fact]
    public void Given_utf8_data_in_a_record_that_says_marc8_When_read_Then_it_is_decoded_as_utf8_and_noted()
    {
        var declaredUtf8 = Corpus.Read(Corpus.PathOf("pymarc/test/utf8_with_leader_flag.dat")).Single();
        var declaredMarc8 = Corpus.Read(Corpus.PathOf("pymarc/test/utf8_without_leader_flag.dat")).Single();

        declaredMarc8.SourceEncoding.ShouldBe(MarcEncoding.Utf8);
        declaredMarc8.Issues.ShouldContain(i => i.Code == "encoding-mismatch");
        RecordComparison.Lines(declaredMarc8).ShouldBe(RecordComparison.Lines(declaredUtf8));
    }

    [Fact]
    public void Given_marc8_diacritics_in_a_record_that_says_utf8_When_read_Then_they_are_decoded_as_marc8_and_noted()
    {
        var record = Corpus.Read(Corpus.PathOf("ruby-marc/test/marc8_accented_chars.marc")).Single();

        record.SourceEncoding.ShouldBe(MarcEncoding.Marc8);
        record.Issues.ShouldContain(i => i.Code == "encoding-mismatch");
        record.DataField("100")!['a'].ShouldBe("Serreau, Geneviève.");
    }

    [Fact]
    public void Given_invalid_utf8_When_read_Then_replacement_characters_and_a_warning_not_an_exception()
    {
        var record = Corpus.Read(Corpus.PathOf("traject/test/test_support/bad_utf_byte.utf8.marc")).Single();

        record.Fields.OfType<DataField>().SelectMany(f => f.Subfields).ShouldContain(s => s.Value.Contains('\uFFFD'));
        record.Issues.ShouldContain(i => i.Code == "utf8-invalid");
    }

    [Fact]
    public void Given_marcxml_broken_after_the_first_record_When_read_leniently_Then_the_first_is_kept_and_the_break_reported()
    {
        using var reader = MarcXmlReader.Open(Corpus.PathOf("ruby-marc/test/three-records-second-bad.xml"));

        var records = reader.ToList();

        records.Count.ShouldBeGreaterThanOrEqualTo(1);
        reader.FileIssues.ShouldContain(i => i.Code == "xml-not-well-formed");
    }

    [Fact]
    public void Given_oai_pmh_with_dublin_core_in_no_namespace_When_read_as_marcxml_Then_no_records_are_invented()
    {
        Corpus.Read(Corpus.PathOf("traject/test/test_support/sample-oai-no-namespace.xml")).ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_single_record_without_a_collection_When_written_and_read_Then_it_comes_back()
    {
        var record = new Generation.VietnameseRecordGenerator().Next();

        using var reader = new MarcXmlReader(new MemoryStream(Encoding.UTF8.GetBytes(MarcXmlWriter.ToXml(record))));

        RecordComparison.Lines(reader.Single()).ShouldBe(RecordComparison.Lines(record));
    }
}
