namespace LibraryIls.Catalog.Imports;

public enum StagedRecordStatus
{
    Staged = 1,
    Rejected = 2,
    Added = 3,
    Replaced = 4,
    Merged = 5,
    /// <summary>Was added, replaced or merged, and the batch has been undone.</summary>
    Undone = 6,
}

/// <summary>
/// One record of an import file: what the reader and the rules said about it, what it matched, and what
/// became of it. A rejected record keeps its original bytes, so it can be downloaded, corrected and sent again.
/// </summary>
internal sealed class StagedRecord
{
    private StagedRecord() { }

    public long Id { get; private set; }
    public Guid BatchId { get; private set; }

    /// <summary>Position in the file, 0-based, counting fragments too short to be records.</summary>
    public int Index { get; private set; }

    public long ByteOffset { get; private set; }
    public int ByteLength { get; private set; }
    public StagedRecordStatus Status { get; private set; }
    public string? Title { get; private set; }
    public string? ControlNumber { get; private set; }

    /// <summary>The reader's repairs and the cataloguing rules' errors and warnings, one "error|warning code where: message" per line.</summary>
    public string? Issues { get; private set; }

    /// <summary>TCVN3, VNI or NFD when the record's text was converted to Unicode NFC.</summary>
    public string? ConvertedFrom { get; private set; }

    public int Copies { get; private set; }
    public Guid? MatchRecordId { get; private set; }
    public int? MatchScore { get; private set; }
    public string? RejectCode { get; private set; }
    public string? RejectReason { get; private set; }
    public byte[]? OriginalBytes { get; private set; }

    /// <summary>The catalogue record it became or went into.</summary>
    public Guid? RecordId { get; private set; }

    /// <summary>For undo: the record's version, time and author before this import changed it, and its version after.</summary>
    public int? VersionBefore { get; private set; }
    public DateTimeOffset? UpdatedAtBefore { get; private set; }
    public string? UpdatedByBefore { get; private set; }
    public int? VersionAfter { get; private set; }

    public static StagedRecord Staged(Guid batchId, int index, long offset, int length, string? title, string? controlNumber,
        string? issues, string? convertedFrom, int copies, Guid? match, int? score) => new()
    {
        BatchId = batchId, Index = index, ByteOffset = offset, ByteLength = length, Status = StagedRecordStatus.Staged,
        Title = Cut(title, 500), ControlNumber = Cut(controlNumber, 64), Issues = Cut(issues, 4000), ConvertedFrom = convertedFrom,
        Copies = copies, MatchRecordId = match, MatchScore = score,
    };

    public static StagedRecord RejectedAtStaging(Guid batchId, int index, long offset, byte[] bytes, string? title, string code, string reason,
        string? issues) => new()
    {
        BatchId = batchId, Index = index, ByteOffset = offset, ByteLength = bytes.Length, Status = StagedRecordStatus.Rejected,
        Title = Cut(title, 500), RejectCode = code, RejectReason = Cut(reason, 2000), OriginalBytes = bytes, Issues = Cut(issues, 4000),
    };

    public void Reject(string code, string reason, byte[] bytes, Guid? match)
    {
        Status = StagedRecordStatus.Rejected;
        RejectCode = code;
        RejectReason = Cut(reason, 2000);
        OriginalBytes = bytes;
        MatchRecordId = match;
    }

    public void Became(StagedRecordStatus status, Guid recordId, int? versionBefore, DateTimeOffset? updatedAtBefore, string? updatedByBefore,
        int versionAfter, Guid? match, int? score)
    {
        Status = status;
        RecordId = recordId;
        VersionBefore = versionBefore;
        UpdatedAtBefore = updatedAtBefore;
        UpdatedByBefore = updatedByBefore;
        VersionAfter = versionAfter;
        MatchRecordId = match;
        MatchScore = score;
    }

    public void MarkUndone() => Status = StagedRecordStatus.Undone;

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
