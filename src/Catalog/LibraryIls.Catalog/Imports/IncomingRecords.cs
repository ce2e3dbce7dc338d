using System.Text;
using System.Text.Unicode;
using LibraryIls.Catalog.Marc;

namespace LibraryIls.Catalog.Imports;

/// <summary>One item of an import file: a record (converted to Unicode NFC) or a fragment too short to be one.</summary>
internal sealed record IncomingRecord(int Index, long ByteOffset, int ByteLength, MarcRecord? Record, MarcIssue? Fragment, string? ConvertedFrom)
{
    /// <summary>Bytes of a fragment; for records ask <see cref="IncomingRecords.OriginalBytes"/> while the record is current.</summary>
    public byte[]? FragmentBytes { get; init; }
}

/// <summary>
/// Streams an import file (ISO 2709 or MARCXML) record by record in constant memory, keeping each record's
/// original bytes within reach, and converts TCVN3, VNI and decomposed (NFD) text to Unicode NFC on the way.
/// Staging and committing both read the file with it, so they see the same records with the same indexes.
/// </summary>
internal sealed class IncomingRecords : IDisposable
{
    private readonly FileStream _file;
    private readonly IMarcReader _reader;
    private readonly Iso2709Reader? _iso;
    private readonly LegacyEncodingMode _legacy;
    private readonly Queue<IncomingRecord> _pending = new();
    private MarcRecord? _current;

    private IncomingRecords(string path, LegacyEncodingMode legacy)
    {
        _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        Span<byte> head = stackalloc byte[512];
        var read = _file.Read(head);
        _file.Position = 0;
        IsXml = MarcFiles.DetectFormat(head[..read]) == MarcFormat.MarcXml;
        _reader = IsXml ? new MarcXmlReader(_file, leaveOpen: true) : _iso = new Iso2709Reader(_file, leaveOpen: true);
        _legacy = legacy;
    }

    public bool IsXml { get; }

    /// <summary>How far into the file reading has got, for progress.</summary>
    public long BytesRead => _file.Position;

    public IReadOnlyList<MarcIssue> FileIssues => _reader.FileIssues;

    public static IncomingRecords Open(string path, LegacyEncodingMode legacy) => new(path, legacy);

    public IncomingRecord? Next()
    {
        if (_pending.Count > 0) return _pending.Dequeue();
        var record = _reader.Read();
        if (_iso is not null)
        {
            foreach (var fragment in _iso.TakeDroppedFragments())
                _pending.Enqueue(new IncomingRecord(fragment.Index, fragment.ByteOffset, fragment.Bytes.Length, null, fragment.Issue, null)
                    { FragmentBytes = fragment.Bytes });
        }
        _current = record;
        if (record is not null)
        {
            var length = _iso is null ? 0 : _iso.CurrentBytes.Length;
            var (converted, from) = Convert(record);
            _current = converted;
            var item = new IncomingRecord(converted.Index, _iso is null ? -1 : record.ByteOffset, length, converted, null, from);
            if (_pending.Count == 0) return item;
            _pending.Enqueue(item);
        }
        return _pending.Count > 0 ? _pending.Dequeue() : null;
    }

    /// <summary>
    /// The bytes the current record was read from: exactly the file's bytes for ISO 2709; for MARCXML, whose
    /// reader does not keep byte positions, the record written back as MARCXML.
    /// </summary>
    public byte[] OriginalBytes(MarcRecord record) =>
        _iso is not null && ReferenceEquals(record, _current) ? _iso.CurrentBytes.ToArray() : Encoding.UTF8.GetBytes(MarcXmlWriter.ToXml(record));

    private (MarcRecord Record, string? From) Convert(MarcRecord record)
    {
        if (_legacy == LegacyEncodingMode.None) return (record, Decomposed(record) ? "NFD" : null);
        var forced = _legacy switch
        {
            LegacyEncodingMode.Tcvn3 => VietnameseLegacyEncoding.Tcvn3,
            LegacyEncodingMode.Vni => VietnameseLegacyEncoding.Vni,
            _ => (VietnameseLegacyEncoding?)null,
        };
        var candidate = record;
        if (_iso is not null && !Utf8.IsValid(_iso.CurrentBytes) && _iso.CurrentBytes.IndexOf((byte)0x1B) < 0)
        {
            // 8-bit bytes that are not UTF-8: read them one character per byte, then see whether they are Vietnamese.
            candidate = _iso.ReparseCurrent(new MarcReadOptions { ForceEncoding = MarcEncoding.Latin1 });
        }
        var encoding = forced ?? (MayBeVietnamese(record) ? VietnameseLegacyText.Detect(candidate) : null);
        if (encoding is null) return (record, Decomposed(record) ? "NFD" : null);
        VietnameseLegacyText.Convert(candidate, encoding.Value);
        candidate.Issues.RemoveAll(i => i.Code is "encoding-mismatch" or "invalid-utf8" or "marc8-unmapped");
        candidate.Issues.Add(new MarcIssue(IssueSeverity.Warning, "legacy-encoding",
            $"Văn bản mã {encoding} đã chuyển sang Unicode NFC", $"Text in {encoding} converted to Unicode NFC"));
        return (candidate, encoding.ToString()!.ToUpperInvariant());
    }

    /// <summary>Auto-detection only looks at records in Vietnamese or of unstated language: French "é" stays French.</summary>
    private static bool MayBeVietnamese(MarcRecord record)
    {
        var language = record.ControlField("008") is { Length: >= 38 } f ? f[35..38] : "";
        return language.Trim().Length == 0 || language is "vie" or "und" or "|||" or "zxx" or "mul";
    }

    private bool Decomposed(MarcRecord record)
    {
        if (_iso is null) return false;
        var bytes = _iso.CurrentBytes;
        // U+0300-U+036F combining marks are CC 80 - CD AF in UTF-8.
        if (bytes.IndexOfAny((byte)0xCC, (byte)0xCD) < 0 || !Utf8.IsValid(bytes)) return false;
        return !Encoding.UTF8.GetString(bytes).IsNormalized(NormalizationForm.FormC) && record.SourceEncoding == MarcEncoding.Utf8;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _file.Dispose();
    }
}
