using LibraryIls.Catalog.Contracts;

namespace LibraryIls.Catalog.Imports;

public enum ImportBatchStatus
{
    /// <summary>Reading the file; staged records appear as they are read.</summary>
    Staging = 1,
    /// <summary>Read; the cataloguer looks at the staged records and commits (or not).</summary>
    Staged = 2,
    Committing = 3,
    Committed = 4,
    Undoing = 5,
    Undone = 6,
    Failed = 7,
}

/// <summary>What to do with an incoming record that matches a catalogue record.</summary>
public enum MatchAction
{
    /// <summary>Keep the richer record and add to it the fields only the other one has.</summary>
    Merge = 1,
    /// <summary>The incoming record replaces the catalogue record (copies stay).</summary>
    Replace = 2,
    /// <summary>Leave the catalogue alone; the incoming record is listed as rejected with the match.</summary>
    Ignore = 3,
}

public enum NoMatchAction
{
    Add = 1,
    Ignore = 2,
}

/// <summary>Whether to look for TCVN3/VNI text in the records, or which one the whole file is in.</summary>
public enum LegacyEncodingMode
{
    Auto = 1,
    Tcvn3 = 2,
    Vni = 3,
    None = 4,
}

/// <summary>
/// One staged import of a MARC file (Koha's staged batch): its settings, where it has got to and its counts.
/// The counts always add up: records read = added + replaced + merged + rejected once committed
/// (before that, read = staged + rejected).
/// </summary>
internal sealed class ImportBatch
{
    private ImportBatch() { }

    public Guid Id { get; private set; }
    public string Source { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public long FileBytes { get; private set; }
    public ImportBatchStatus Status { get; private set; }
    public string MatchRule { get; private set; } = "";
    public MatchAction OnMatch { get; private set; }
    public NoMatchAction OnNoMatch { get; private set; }
    public string CopyMapping { get; private set; } = "";
    public string DefaultSiteCode { get; private set; } = "";
    public CopyLocation DefaultLocation { get; private set; }
    public string RegistrationPrefix { get; private set; } = "";
    public LegacyEncodingMode LegacyEncoding { get; private set; }
    public bool CommitWhenStaged { get; private set; }

    /// <summary>Reject records the cataloguing rules find errors in, instead of importing them with the errors listed.</summary>
    public bool RejectInvalid { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? StagedAt { get; private set; }
    public DateTimeOffset? CommittedAt { get; private set; }
    public DateTimeOffset? UndoneAt { get; private set; }

    /// <summary>When the running phase (staging, committing, undoing) started, for the rate and time left.</summary>
    public DateTimeOffset PhaseStartedAt { get; set; }

    public long BytesRead { get; set; }
    public int RecordsRead { get; set; }
    public int RecordsStaged { get; set; }
    public int Converted { get; set; }

    /// <summary>Staged records before this index are committed (or undone, while undoing from the end).</summary>
    public int CommitCursor { get; set; }

    public int Added { get; set; }
    public int Replaced { get; set; }
    public int Merged { get; set; }
    public int Rejected { get; set; }
    public int CopiesAdded { get; set; }
    public int CopiesRenumbered { get; set; }
    public int Undone { get; set; }
    public string? Error { get; private set; }

    public int Committed => Added + Replaced;

    /// <summary>
    /// Staged and committed at once, chunk by chunk, its cursors together (<see cref="BatchCommit.StageAndCommitAsync"/>): a batch asked
    /// to commit when staged, still staging, that no earlier version began by staging whole (its commit cursor would lag).
    /// </summary>
    public bool StagesAndCommitsAtOnce => Status == ImportBatchStatus.Staging && CommitWhenStaged && CommitCursor == RecordsRead;

    public static ImportBatch Start(Guid id, ImportSettings settings, string fileName, long bytes, string user, DateTimeOffset now) => new()
    {
        Id = id,
        Source = settings.Source,
        FileName = fileName,
        FileBytes = bytes,
        Status = ImportBatchStatus.Staging,
        MatchRule = settings.MatchRule,
        OnMatch = settings.OnMatch,
        OnNoMatch = settings.OnNoMatch,
        CopyMapping = settings.CopyMapping,
        DefaultSiteCode = settings.SiteCode,
        DefaultLocation = settings.Location,
        RegistrationPrefix = settings.RegistrationPrefix,
        LegacyEncoding = settings.LegacyEncoding,
        CommitWhenStaged = settings.Commit,
        RejectInvalid = settings.RejectInvalid,
        CreatedBy = user,
        CreatedAt = now,
        PhaseStartedAt = now,
    };

    public void FinishStaging(DateTimeOffset now)
    {
        Status = ImportBatchStatus.Staged;
        StagedAt = now;
    }

    public void BeginCommit(DateTimeOffset now)
    {
        if (Status == ImportBatchStatus.Committing) return;
        EnsureStatus(ImportBatchStatus.Staged, "commit");
        Status = ImportBatchStatus.Committing;
        PhaseStartedAt = now;
    }

    public void FinishCommit(DateTimeOffset now)
    {
        Status = ImportBatchStatus.Committed;
        CommittedAt = now;
    }

    public void BeginUndo(DateTimeOffset now)
    {
        if (Status == ImportBatchStatus.Undoing) return;
        EnsureStatus(ImportBatchStatus.Committed, "undo");
        Status = ImportBatchStatus.Undoing;
        PhaseStartedAt = now;
    }

    public void FinishUndo(DateTimeOffset now)
    {
        Status = ImportBatchStatus.Undone;
        UndoneAt = now;
    }

    public void Fail(string error)
    {
        Status = ImportBatchStatus.Failed;
        Error = error.Length > 2000 ? error[..2000] : error;
    }

    private void EnsureStatus(ImportBatchStatus expected, string action)
    {
        if (Status != expected)
            throw new BuildingBlocks.Errors.RuleViolationException("IMPORT_BATCH_NOT_READY", new BuildingBlocks.Localization.Bilingual(
                $"Lô nhập đang ở trạng thái {Status}, không thể {(action == "commit" ? "ghi vào danh mục" : "hoàn tác")}.",
                $"The import batch is {Status}; it cannot {action} now."));
    }
}
