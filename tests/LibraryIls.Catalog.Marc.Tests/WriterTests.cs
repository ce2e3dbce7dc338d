namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>ISO 2709 limits: never write a length the format cannot hold.</summary>
public class WriterTests
{
    [Fact]
    public void Given_a_record_over_99999_bytes_When_written_as_iso2709_Then_it_is_refused_with_a_clear_error()
    {
        var record = new MarcRecord();
        for (var i = 0; i < 30; i++)
        {
            record.AddDataField(new DataField("500", ' ', ' ', new Subfield('a', new string('x', 4000))));
        }

        var error = Should.Throw<MarcWriteException>(() => Iso2709Writer.ToBytes(record));

        error.MessageEn.ShouldContain("99,999");
        error.MessageVi.ShouldContain("99.999");
    }

    [Fact]
    public void Given_a_field_over_9999_bytes_When_written_Then_it_is_refused()
    {
        var record = new MarcRecord().AddDataField(new DataField("520", ' ', ' ', new Subfield('a', new string('ư', 6000))));

        Should.Throw<MarcWriteException>(() => Iso2709Writer.ToBytes(record)).MessageEn.ShouldContain("9,999");
    }

    [Fact]
    public void Given_a_refused_record_When_writing_continues_Then_the_file_stays_valid()
    {
        var big = new MarcRecord();
        for (var i = 0; i < 30; i++)
        {
            big.AddDataField(new DataField("500", ' ', ' ', new Subfield('a', new string('x', 4000))));
        }

        var output = new MemoryStream();
        using (var writer = new Iso2709Writer(output, leaveOpen: true))
        {
            writer.Write(new MarcRecord().AddControlField("001", "1"));
            Should.Throw<MarcWriteException>(() => writer.Write(big));
            writer.Write(new MarcRecord().AddControlField("001", "2"));
        }

        Corpus.ReadBytes(output.ToArray(), MarcReadOptions.Strict).Select(r => r.ControlNumber).ShouldBe(["1", "2"]);
    }

    [Fact]
    public void Given_vietnamese_text_When_written_Then_lengths_count_utf8_bytes_not_characters()
    {
        var record = new MarcRecord().AddDataField(new DataField("245", '1', '0', new Subfield('a', "Truyện Kiều")));

        var bytes = Iso2709Writer.ToBytes(record);

        int.Parse(System.Text.Encoding.ASCII.GetString(bytes, 0, 5)).ShouldBe(bytes.Length);
        Corpus.ReadBytes(bytes, MarcReadOptions.Strict).Single().Title.ShouldBe("Truyện Kiều");
    }
}
