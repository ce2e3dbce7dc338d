namespace LibraryIls.Catalog.Marc;

/// <summary>
/// The undecoded subfields of a field from a record whose bytes were proven plain (valid UTF-8,
/// certainly NFC, no control bytes, every delimiter followed by a code): decoding them later gives
/// exactly what decoding them now would, with nothing to report.
/// </summary>
internal readonly record struct PendingSubfields(byte[] Bytes, int Start, int Length)
{
    public List<Subfield> Decode()
    {
        if (Bytes is null)
        {
            return [];
        }

        var rest = Bytes.AsSpan(Start, Length);
        var subfields = new List<Subfield>(rest.Count(Iso2709.SubfieldDelimiter) + 1);
        while (true)
        {
            var next = rest.IndexOf(Iso2709.SubfieldDelimiter);
            var chunk = next < 0 ? rest : rest[..next];
            var codeLength = chunk[0] < 0x80 ? 1 : chunk[0] >= 0xE0 ? 3 : 2;
            var code = codeLength == 1 ? (char)chunk[0] : System.Text.Encoding.UTF8.GetString(chunk[..codeLength])[0];
            subfields.Add(new Subfield(code, System.Text.Encoding.UTF8.GetString(chunk[codeLength..])));
            if (next < 0)
            {
                return subfields;
            }

            rest = rest[(next + 1)..];
        }
    }
}
