namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>
/// yaz's own regression fixtures (corpus/yaz/test/marc-files): marcN.marc read with the charset
/// named in marcN.chr must agree field by field with yaz's golden marcN.xml. No tool needed.
/// </summary>
public class YazGoldenFileTests
{
    public static TheoryData<int> Fixtures() =>
    [
        // 4: damaged leader, see below. 10, 11: danMARC2 character set (see below).
        0, 1, 2, 3, 5, 6, 7, 8, 9, 12,
    ];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Given_a_yaz_fixture_When_read_with_its_declared_charset_Then_fields_agree_with_the_yaz_golden_xml(int n)
    {
        var dir = Corpus.PathOf("yaz/test/marc-files");
        var charset = File.ReadAllText(Path.Combine(dir, $"marc{n}.chr")).Trim();
        var options = new MarcReadOptions
        {
            ForceEncoding = charset switch
            {
                "iso-8859-1" => MarcEncoding.Latin1,
                "marc-8" => MarcEncoding.Marc8,
                _ => MarcEncoding.Utf8,
            },
        };

        var ours = Corpus.Read(Path.Combine(dir, $"marc{n}.marc"), options);
        var golden = Corpus.Read(Path.Combine(dir, $"marc{n}.xml"));

        ours.Count.ShouldBe(golden.Count);
        for (var i = 0; i < ours.Count; i++)
        {
            // yaz drops MARC-8 bytes it cannot map; we keep a U+FFFD (and a warning) so the loss is visible.
            RecordComparison.Lines(ours[i], dropReplacementCharacters: true).ShouldBe(RecordComparison.Lines(golden[i]));
        }
    }

    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    public void Given_a_fixture_in_the_danmarc2_charset_When_read_Then_the_structure_agrees_with_yaz(int n)
    {
        // The danMARC2 character set (@-escapes) is not a MARC21 set and not supported; the ISO 2709
        // structure (tags, indicators, subfield codes) must still agree.
        var dir = Corpus.PathOf("yaz/test/marc-files");
        var ours = Corpus.Read(Path.Combine(dir, $"marc{n}.marc"), new MarcReadOptions { ForceEncoding = MarcEncoding.Latin1 });
        var golden = Corpus.Read(Path.Combine(dir, $"marc{n}.xml"));

        Structure(ours).ShouldBe(Structure(golden));
    }

    private static List<string> Structure(List<MarcRecord> records) =>
        [.. records.SelectMany(r => r.Fields).Select(f => f is DataField d ? $"{d.Tag} {d.Indicators} {string.Concat(d.Subfields.Select(s => s.Code))}" : f.Tag)];

    [Fact]
    public void Given_danmarc_fixtures_with_three_indicators_When_read_Then_the_leader_decides_indicator_count()
    {
        var record = Corpus.Read(Corpus.PathOf("yaz/test/marc-files/marc1.marc"), new MarcReadOptions { ForceEncoding = MarcEncoding.Latin1 }).Single();

        record.DataField("245")!.Indicators.Length.ShouldBe(3);
        // danMARC 001 has subfields: it is a data field, not a control field.
        record.Fields[0].ShouldBeOfType<DataField>().Tag.ShouldBe("001");
    }

    [Fact]
    public void Given_the_shifted_leader_of_marc4_When_read_leniently_Then_the_record_is_recovered_and_the_repair_reported()
    {
        // yaz gives up on this record (its golden has no fields); we realign the leader instead.
        var records = Corpus.Read(Corpus.PathOf("yaz/test/marc-files/marc4.marc"));

        records.Count.ShouldBe(1);
        records[0].Issues.ShouldNotBeEmpty();
    }
}
