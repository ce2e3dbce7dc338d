namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>
/// Our MARCXML agrees field by field (after NFC) with yaz-marcdump on every ISO 2709 file of the
/// corpus that both tools read as the same records (-f marc8 -t utf8 for MARC-8 input).
/// </summary>
public class YazAgreementTests
{
    /// <summary>
    /// Files where the two tools knowingly part ways, each for a reason a reviewer can check.
    /// The test fails if one of them starts to agree (so the list cannot rot) or another disagrees.
    /// </summary>
    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {
        ["Catmandu-MARC/t/bu_bibs.mrc"] = "mixed file: MARC-8 records and one UTF-8 record that says MARC-8; yaz takes one charset per run",
        ["marc-perl/marc-charset/t/farsi.marc"] = "not a record (lines of MARC-8 text); yaz reads nothing, we keep the fragment as a repaired record",
        ["marc-perl/marc-lint/t/camel.usmarc"] = "007 holds subfield delimiters; yaz turns it into a data field with indicators 'av', we keep a control field with the delimiters marked U+FFFD",
        ["marc-perl/marc-record/t/baddir.usmarc"] = "directory damaged by design; the tools recover different fields",
        ["openlibrary/openlibrary/catalog/marc/tests/test_data/bin_input/dasrmischepriv00rein_meta.mrc"] = "directory lengths one byte short: yaz cuts the last character, we read to the field terminator and report the repair",
        ["openlibrary/openlibrary/catalog/marc/tests/test_data/bin_input/lesabndioeinas00sche_meta.mrc"] = "directory lengths one byte short: yaz cuts the last character, we read to the field terminator",
        ["openlibrary/openlibrary/catalog/marc/tests/test_data/bin_input/new_poganucpeoplethe00stowuoft_meta.mrc"] = "directory lengths one byte short: yaz cuts the last character, we read to the field terminator",
        ["openlibrary/openlibrary/catalog/marc/tests/test_data/bin_input/poganucpeoplethe00stowuoft_meta.mrc"] = "directory lengths one byte short: yaz cuts the last character, we read to the field terminator",
        ["openlibrary/openlibrary/catalog/marc/tests/test_data/bin_input/upei_short_008.mrc"] = "directory offsets wrong: yaz reads 005 from the wrong place, we repair by field terminators",
        ["pymarc/test/1251.dat"] = "Windows-1251 bytes declared MARC-8: both tools decode garbage, differently",
        ["pymarc/test/bad_indicator.dat"] = "alphanumeric tag and broken indicators: yaz shifts the subfield code into the indicator",
        ["pymarc/test/bad_marc8_escape.dat"] = "invalid MARC-8 escape: yaz drops the whole subfield, we keep the text and mark the bad bytes",
        ["pymarc/test/bad_records.mrc"] = "base addresses out of range by design: yaz gives up on the record, we recover its fields",
        ["pymarc/test/bad_subfield_code.dat"] = "directory lengths wrong: yaz cuts the last character, we read to the field terminator",
        ["ruby-marc/test/cp866_multirecord.marc"] = "UNIMARC in cp866 with lengths counted in characters: not MARC21; yaz stops after the first record",
        ["ruby-marc/test/cp866_unimarc.marc"] = "UNIMARC in cp866 with lengths counted in characters: not MARC21; yaz reads nothing",
        ["ruby-marc/test/marc8_accented_chars.marc"] = "leader/09 says UTF-8 but the bytes are MARC-8: yaz trusts the leader and drops the bytes, we decode MARC-8 (the issue asks for this)",
        ["ruby-marc/test/marc_with_bad_utf8.utf8.marc"] = "invalid UTF-8: yaz drops the bytes and cuts at the directory length, we keep U+FFFD and read to the terminator",
        ["ruby-marc/test/utf8_with_bad_bytes.marc"] = "invalid UTF-8: yaz drops the whole subfield, we keep the text with U+FFFD",
        ["traject/test/test_support/bad_subfield_code.marc"] = "MARC-8 diacritic in the subfield code position: yaz drops it, we keep it on the text",
        ["traject/test/test_support/bad_utf_byte.utf8.marc"] = "invalid UTF-8: yaz drops the whole subfield, we keep the text with U+FFFD",
        ["yaz/test/marc-files/marc12.json.marc"] = "a subfield delimiter inside EACC text: yaz joins differently (its own golden marc12.xml agrees with us)",
        ["yaz/test/marc-files/marc12.marc"] = "yaz writes form-feed bytes raw into MARCXML, which is then not well-formed XML",
        ["yaz/test/marc-files/marc4.marc"] = "record length written twice, leader shifted: yaz gives up (its golden has no fields), we realign the leader",
    };

    [Theory]
    [MemberData(nameof(Corpus.Iso2709Theory), MemberType = typeof(Corpus))]
    public void Given_a_corpus_file_When_converted_to_marcxml_Then_fields_agree_with_yaz_marcdump(string file)
    {
        LibraryIls.Tests.ReferenceTool.Require("yaz-marcdump", "yaz");
        var path = Corpus.PathOf(file);
        var ours = Corpus.Read(path);
        var problem = Compare(path, ours);
        if (KnownDifferences.TryGetValue(file, out var reason))
        {
            problem.ShouldNotBeNull($"{file} now agrees with yaz; remove it from KnownDifferences ({reason})");
        }
        else
        {
            problem.ShouldBeNull();
        }
    }

    private static string? Compare(string path, List<MarcRecord> ours)
    {
        var encodings = ours.Select(r => r.SourceEncoding).Distinct().ToList();
        if (encodings.Count > 1)
        {
            return $"mixed encodings {string.Join(",", encodings)}";
        }

        string[] charset = encodings is [MarcEncoding.Marc8] ? ["-f", "marc8", "-t", "utf8"] : ["-f", "utf8", "-t", "utf8"];
        var xml = ReferenceTools.YazMarcDump([.. charset, "-i", "marc", "-o", "marcxml", path]);
        List<MarcRecord> theirs;
        using (var reader = new MarcXmlReader(new MemoryStream(xml)))
        {
            theirs = [.. reader];
        }

        if (theirs.Count != ours.Count)
        {
            return $"yaz read {theirs.Count} records, we read {ours.Count}";
        }

        for (var i = 0; i < ours.Count; i++)
        {
            // yaz drops bytes it cannot map where we put U+FFFD; lengths in the leader may differ after repairs.
            var mine = RecordComparison.Lines(ours[i], dropReplacementCharacters: true, withLeader: false);
            var yaz = RecordComparison.Lines(theirs[i], dropReplacementCharacters: true, withLeader: false);
            if (!mine.SequenceEqual(yaz))
            {
                var at = mine.Zip(yaz).TakeWhile(p => p.First == p.Second).Count();
                return $"record {i} field {at}: ours '{mine.ElementAtOrDefault(at)}' yaz '{yaz.ElementAtOrDefault(at)}'";
            }
        }

        return null;
    }
}
