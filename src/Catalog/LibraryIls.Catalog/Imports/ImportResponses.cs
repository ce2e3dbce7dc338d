namespace LibraryIls.Catalog.Imports;

/// <summary>A batch as the cataloguer follows it: settings, counts (read = committed + merged + rejected once done) and progress.</summary>
public sealed record ImportBatchResponse(
    Guid Id, string Source, string FileName, string Status, string MatchRule, string OnMatch, string OnNoMatch, string CopyMapping,
    string SiteCode, string RegistrationPrefix, string LegacyEncoding, string CreatedBy, DateTimeOffset CreatedAt,
    DateTimeOffset? StagedAt, DateTimeOffset? CommittedAt, DateTimeOffset? UndoneAt,
    int RecordsRead, int RecordsStaged, int RecordsCommitted, int Added, int Replaced, int Merged, int Rejected, int Converted,
    int CopiesAdded, int CopiesRenumbered, int Undone, ImportProgressResponse Progress, string? Error)
{
    internal static ImportBatchResponse From(ImportBatch b, DateTimeOffset now) => new(
        b.Id, b.Source, b.FileName, b.Status.ToString(), b.MatchRule, b.OnMatch.ToString(), b.OnNoMatch.ToString(), b.CopyMapping,
        b.DefaultSiteCode, b.RegistrationPrefix, b.LegacyEncoding.ToString(), b.CreatedBy, b.CreatedAt, b.StagedAt, b.CommittedAt, b.UndoneAt,
        b.RecordsRead, b.RecordsStaged, b.Committed, b.Added, b.Replaced, b.Merged, b.Rejected, b.Converted,
        b.CopiesAdded, b.CopiesRenumbered, b.Undone, ImportProgressResponse.Of(b, now), b.Error);
}

/// <summary>Where the running phase is: done and total in its unit, records per second, and an estimate of the time left.</summary>
public sealed record ImportProgressResponse(string Phase, long Done, long Total, double RecordsPerSecond, double? SecondsLeft)
{
    /// <summary>The phase of a batch staged and committed at once (<see cref="ImportBatch.StagesAndCommitsAtOnce"/>).</summary>
    public const string StagingAndCommitting = "staging and committing";

    internal static ImportProgressResponse Of(ImportBatch b, DateTimeOffset now)
    {
        var seconds = Math.Max((now - b.PhaseStartedAt).TotalSeconds, 0.001);
        return b.Status switch
        {
            // Staged and committed at once, the records read are committed (or rejected) as they are read: the file's bytes measure both.
            ImportBatchStatus.Staging => Estimate(b.StagesAndCommitsAtOnce ? StagingAndCommitting : "staging", b.BytesRead, b.FileBytes,
                b.RecordsRead / seconds, b.BytesRead / seconds),
            ImportBatchStatus.Committing => Estimate("committing", b.CommitCursor, b.RecordsRead, b.CommitCursor / seconds, b.CommitCursor / seconds),
            ImportBatchStatus.Undoing => Estimate("undoing", b.RecordsRead - b.CommitCursor, b.RecordsRead,
                (b.RecordsRead - b.CommitCursor) / seconds, (b.RecordsRead - b.CommitCursor) / seconds),
            _ => new(b.Status.ToString().ToLowerInvariant(), b.RecordsRead, b.RecordsRead, 0, null),
        };
    }

    private static ImportProgressResponse Estimate(string phase, long done, long total, double recordsPerSecond, double unitsPerSecond) =>
        new(phase, done, total, Math.Round(recordsPerSecond, 1), unitsPerSecond > 0 ? Math.Round((total - done) / unitsPerSecond, 1) : null);
}

/// <summary>One staged record: what the reader and the rules said (errors, warnings), what it matched, and what became of it.</summary>
public sealed record StagedRecordResponse(
    int Index, long ByteOffset, string Status, string? Title, string? ControlNumber, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings,
    string? ConvertedFrom,
    int Copies, Guid? MatchRecordId, int? MatchScore, string? RejectCode, string? RejectReason, Guid? RecordId)
{
    internal static StagedRecordResponse From(StagedRecord s) => new(
        s.Index, s.ByteOffset, s.Status.ToString(), s.Title, s.ControlNumber, Issues(s, "error "), Issues(s, "warning "), s.ConvertedFrom, s.Copies,
        s.MatchRecordId, s.MatchScore, s.RejectCode, s.RejectReason, s.RecordId);

    private static IReadOnlyList<string> Issues(StagedRecord s, string severity) =>
        [.. (s.Issues?.Split('\n') ?? []).Where(l => l.StartsWith(severity, StringComparison.Ordinal)).Select(l => l[severity.Length..])];
}
