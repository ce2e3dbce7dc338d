using FsCheck;
using FsCheck.Fluent;

namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>
/// Real records, damaged at random (bytes overwritten with structure bytes, digits or noise,
/// deleted, inserted, truncated): the lenient reader never throws, the strict reader throws only
/// MarcFormatException, and neither hangs; what the lenient reader returns can be written.
/// </summary>
public class DamagedRecordPropertyTests
{
    private static readonly byte[][] Samples =
    [
        .. new[]
        {
            "marc-perl/marc-record/t/camel.usmarc",
            "traject/test/test_support/test_data.utf8.mrc",
            "folio_migration_tools/tests/test_data/diacritics/diac_from_oclc.mrc",
            "marc-perl/marc-charset/t/cjk1.marc",
            "yaz/test/marc-files/marc1.marc",
        }.Select(f => File.ReadAllBytes(Corpus.PathOf(f))),
    ];

    private static readonly byte[] Interesting = [0x1D, 0x1E, 0x1F, 0x1B, (byte)'0', (byte)'9', (byte)' ', 0x80, 0xC3, 0xE1, 0xFF, 0x00, (byte)'$', (byte)'('];

    [Fact]
    public void Given_real_records_damaged_at_random_When_read_Then_only_the_codec_error_type_escapes_and_nothing_hangs()
    {
        var cases = Gen.Choose(0, Samples.Length - 1).SelectMany(sample => Gen.Choose(0, int.MaxValue - 1).Select(seed => (sample, seed)));
        Prop.ForAll(cases.ToArbitrary(), c => ReadsSafely(Damage(Samples[c.sample], c.seed)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Given_real_marcxml_damaged_at_random_When_read_Then_only_the_codec_error_type_escapes()
    {
        var xml = File.ReadAllBytes(Corpus.PathOf("marc-perl/marc-xml/t/batch.xml"));
        Prop.ForAll(Gen.Choose(0, int.MaxValue - 1).ToArbitrary(), seed => EndsInTime(Damage(xml, seed), damaged =>
            {
                using (var lenient = new MarcXmlReader(new MemoryStream(damaged)))
                {
                    _ = lenient.Count();
                }

                try
                {
                    using var strict = new MarcXmlReader(new MemoryStream(damaged), MarcReadOptions.Strict);
                    _ = strict.Count();
                }
                catch (MarcFormatException)
                {
                }
            }))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static bool ReadsSafely(byte[] damaged) => EndsInTime(damaged, bytes =>
    {
        foreach (var record in Corpus.ReadBytes(bytes, MarcReadOptions.Default))
        {
            // Decoding on demand and writing must hold too.
            _ = MarcXmlWriter.ToXml(record);
            try
            {
                _ = Iso2709Writer.ToBytes(record);
            }
            catch (MarcWriteException)
            {
            }
        }
        try
        {
            _ = Corpus.ReadBytes(bytes, MarcReadOptions.Strict);
        }
        catch (MarcFormatException)
        {
        }
    });

    /// <summary>
    /// The property of every damaged input: reading it ends, and no exception but the codec's own escapes (any other one
    /// propagates here and fails the property with its seed). The deadline only tells a loop that never ends from slow
    /// work: a damaged record of a few kilobytes is read in microseconds.
    /// </summary>
    private static bool EndsInTime(byte[] damaged, Action<byte[]> read)
    {
        var reading = Task.Run(() => read(damaged));
        if (!reading.Wait(TimeSpan.FromSeconds(30))) throw new TimeoutException("reading a damaged record did not end");
        return true;
    }

    private static byte[] Damage(byte[] original, int seed)
    {
        var random = new Random(seed);
        var bytes = new List<byte>(original);
        var mutations = random.Next(1, 12);
        for (var m = 0; m < mutations && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] = Interesting[random.Next(Interesting.Length)];
                    break;
                case 1:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at));
                    break;
                case 3:
                    bytes.Insert(at, Interesting[random.Next(Interesting.Length)]);
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }
}
