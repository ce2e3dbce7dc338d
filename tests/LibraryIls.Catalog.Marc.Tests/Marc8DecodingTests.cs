using System.Text;

namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>MARC-8 escapes, sets and the diacritic-before-letter order, byte by byte.</summary>
public class Marc8DecodingTests
{
    [Theory]
    [InlineData(new byte[] { 0xE2, (byte)'e' }, "é")] // ANSEL acute before the letter
    [InlineData(new byte[] { (byte)'T', 0xE3, (byte)'o', 0xE2, (byte)' ' }, "Tô \u0301")] // a mark before a space belongs to the space
    [InlineData(new byte[] { 0xF2, 0xE3, (byte)'a' }, "ậ")] // dot below + circumflex: Vietnamese stacks two marks
    [InlineData(new byte[] { 0x1B, (byte)'(', (byte)'N', 0x4B, 0x4E, 0x49, 0x47, 0x41, 0x1B, (byte)'(', (byte)'B' }, "книга")] // basic Cyrillic
    [InlineData(new byte[] { 0x1B, (byte)'(', (byte)'S', 0x61, 0x1B, (byte)'(', (byte)'B' }, "α")] // basic Greek
    [InlineData(new byte[] { 0x1B, (byte)'(', (byte)'2', 0x60, 0x1B, (byte)'(', (byte)'B' }, "א")] // basic Hebrew
    [InlineData(new byte[] { 0x1B, (byte)'(', (byte)'3', 0x47, 0x1B, (byte)'(', (byte)'B' }, "ا")] // basic Arabic
    [InlineData(new byte[] { 0x1B, (byte)'$', (byte)'1', 0x21, 0x30, 0x21, 0x1B, (byte)'(', (byte)'B' }, "一")] // EACC
    [InlineData(new byte[] { 0x1B, (byte)'p', (byte)'2', 0x1B, (byte)'s' }, "²")] // superscript, technique 1
    public void Given_marc8_bytes_When_decoded_Then_the_text_is_nfc_unicode(byte[] bytes, string expected)
    {
        Marc8.Decode(bytes).ShouldBe(expected.Normalize(NormalizationForm.FormC));
    }

    [Fact]
    public void Given_an_unmapped_byte_When_decoded_Then_it_becomes_a_replacement_character_and_a_warning()
    {
        var issues = new List<MarcIssue>();

        var text = Marc8.Decode([(byte)'a', 0x1B, (byte)'$', (byte)'1', 0x7E, 0x7E, 0x7E], issues, "245");

        text.ShouldBe("a\uFFFD");
        issues.ShouldHaveSingleItem().Tag.ShouldBe("245");
    }

    [Fact]
    public void Given_pymarcs_conversion_tables_When_each_marc8_line_is_decoded_Then_it_equals_the_utf8_line()
    {
        // pymarc's test_marc8.txt / test_utf8.txt: the same text, one line each, MARC-8 and UTF-8.
        var marc8 = File.ReadAllBytes(Corpus.PathOf("pymarc/test/test_marc8.txt")).Split((byte)'\n');
        var utf8 = File.ReadAllText(Corpus.PathOf("pymarc/test/test_utf8.txt")).Split('\n');

        var disagree = marc8.Zip(utf8)
            .Where(p => Marc8.Decode(p.First) != p.Second.Normalize(NormalizationForm.FormC))
            .Select(p => p.First)
            .ToList();

        // One line uses pymarc's own EACC extension (0x7F + a UTF-16 code unit pair), which is in
        // no LC code table; every other line agrees.
        utf8.Length.ShouldBeGreaterThan(1500);
        disagree.ShouldHaveSingleItem().ShouldContain((byte)0x7F);
    }
}

internal static class ByteArrayExtensions
{
    public static List<byte[]> Split(this byte[] bytes, byte separator)
    {
        var parts = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == separator)
            {
                parts.Add(bytes[start..i]);
                start = i + 1;
            }
        }

        return parts;
    }
}
