using System.Globalization;
using System.Reflection;

namespace LibraryIls.Catalog.Marc;

/// <summary>
/// The Library of Congress MARC-8 code tables (public domain; marc8-codetables.txt was extracted
/// from the LC codetables.xml as compiled by Debian's libmarc-charset-perl). One line per
/// character: set final byte, MARC-8 bytes (hex, G0 form), Unicode code point (hex), combining flag.
/// </summary>
internal sealed class Marc8CodeTables
{
    private static readonly Lazy<Marc8CodeTables> Loaded = new(Load);

    private readonly Dictionary<byte, Marc8Char[]> _singleByteSets = [];
    private readonly Dictionary<int, Marc8Char> _eacc = [];

    public static Marc8CodeTables Instance => Loaded.Value;

    /// <summary>Looks up a byte (0x21-0x7E) in a single-byte graphic set.</summary>
    public bool TryGet(byte set, byte b, out Marc8Char found)
    {
        found = default;
        if (!_singleByteSets.TryGetValue(set, out var table))
        {
            return false;
        }

        found = table[b & 0x7F];
        return found.CodePoint != 0;
    }

    /// <summary>Looks up three bytes of the East Asian Character Code (EACC, set '1').</summary>
    public bool TryGetEacc(int threeBytes, out Marc8Char found) => _eacc.TryGetValue(threeBytes, out found);

    public bool IsKnownSet(byte set) => set == (byte)'1' || _singleByteSets.ContainsKey(set);

    private static Marc8CodeTables Load()
    {
        var tables = new Marc8CodeTables();
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("LibraryIls.Catalog.Marc.Charsets.marc8-codetables.txt")
            ?? throw new InvalidOperationException("MARC-8 code tables are missing from the assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(' ');
            var set = (byte)parts[0][0];
            var marc = int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var entry = new Marc8Char(
                int.Parse(parts[2], NumberStyles.HexNumber, CultureInfo.InvariantCulture), parts[3] == "1");
            if (parts[1].Length == 6)
            {
                tables._eacc[marc] = entry;
            }
            else
            {
                if (!tables._singleByteSets.TryGetValue(set, out var table))
                {
                    table = new Marc8Char[128];
                    tables._singleByteSets[set] = table;
                }

                table[marc & 0x7F] = entry;
            }
        }

        return tables;
    }
}
