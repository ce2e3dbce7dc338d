namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>
/// The same eight multi-script records exported raw from Sierra (MARC-8) and after MarcEdit's
/// conversion (UTF-8): once decoded, the text must be the same NFC text.
/// </summary>
public class CharsetTwinTests
{
    private const string Folder = "folio_migration_tools/tests/test_data/diacritics";

    [Fact]
    public void Given_marc8_and_utf8_twins_When_decoded_Then_every_field_has_the_same_nfc_text()
    {
        var marc8 = Corpus.Read(Corpus.PathOf($"{Folder}/diac-4-theo-directly-from-sierra.mrc"));
        var utf8 = Corpus.Read(Corpus.PathOf($"{Folder}/diac-4-theo-MarcEdit-utf8-processed.mrc"));

        marc8.Count.ShouldBe(8);
        utf8.Count.ShouldBe(8);
        marc8.ShouldAllBe(r => r.SourceEncoding == MarcEncoding.Marc8);
        var differing = new List<string>();
        for (var i = 0; i < marc8.Count; i++)
        {
            var ours = RecordComparison.Lines(marc8[i], withLeader: false);
            var theirs = RecordComparison.Lines(utf8[i], withLeader: false);
            ours.Count.ShouldBe(theirs.Count);
            differing.AddRange(ours.Zip(theirs).Where(p => p.First != p.Second).Select(p => $"{p.First} | {p.Second}"));
        }

        // Differences only where Sierra's MARC-8 itself holds bytes no MARC-8 table maps (Greek
        // written in the Greek-symbols set, an Arabic character outside MARC-8): we show U+FFFD,
        // MarcEdit printed a "{uXXXX}" mnemonic or Latin garbage. Everything else is identical.
        var total = marc8.Sum(r => r.Fields.Count);
        differing.ShouldAllBe(d => d.Split(" | ", 2, StringSplitOptions.None)[0].Contains('\uFFFD'));
        differing.Count.ShouldBeLessThan(total / 10);
    }
}
