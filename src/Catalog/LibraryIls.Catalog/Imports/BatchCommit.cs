using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Catalog.Classification;
using LibraryIls.Catalog.Copies;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Matching;
using LibraryIls.Catalog.Records;
using LibraryIls.Catalog.Search;
using LibraryIls.Organization.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// Commits a staged batch into the catalogue, a chunk per transaction (on SQLite up to several): match again
/// (the catalogue may have changed, and earlier records of the same file count), then add, merge, replace or
/// reject each record, and place its copies. Records are made by the same code the cataloguing endpoints use (headings, history,
/// call numbers). The batch's cursor moves in the same transaction, so a crash loses at most the chunks of the
/// transaction in flight, which are rolled back and done again on restart: no duplicate and no half record.
/// </summary>
internal sealed class BatchCommit(CatalogDbContext db, ImportFiles files, RecordMatcher matcher, ISiteDirectory sites,
    CallNumbers callNumbers, IOptions<ImportOptions> options, TimeProvider clock, ImportProgress progress)
{
    private const int MaxNumberLength = 32;

    private sealed record Work(StagedRecord Staged, RecordTakenApart Incoming);

    /// <summary>Commits a staged batch, from its cursor on.</summary>
    public Task RunAsync(ImportBatch batch, CancellationToken ct) => RunAsync(batch, staging: false, ct);

    /// <summary>
    /// Stages and commits at once a batch asked to be committed when staged, from where it stands (its cursors move together):
    /// each chunk of the file is read, checked and taken apart once, on another core, and its staged rows are written with
    /// their outcome in the transaction that commits it. Staging first and committing after reads and parses the file twice,
    /// writes each staged row twice and leaves the second core idle at the start of the commit.
    /// </summary>
    public Task StageAndCommitAsync(ImportBatch batch, CancellationToken ct) => RunAsync(batch, staging: true, ct);

    private async Task RunAsync(ImportBatch batch, bool staging, CancellationToken ct)
    {
        var rule = options.Value.Rule(batch.MatchRule);
        var mapping = options.Value.Mapping(batch.CopyMapping);
        var copyTags = new HashSet<string>(StringComparer.Ordinal) { mapping.Tag, "952", "852" };
        var siteCache = new Dictionary<string, SiteInfo?>(StringComparer.OrdinalIgnoreCase);
        var defaultSite = await Site(batch.DefaultSiteCode, siteCache, ct)
            ?? throw new InvalidOperationException($"Site {batch.DefaultSiteCode} no longer exists.");
        using var incoming = IncomingRecords.Open(files.PathOf(batch.Id), batch.LegacyEncoding);
        var reader = new IncomingChunk(incoming, mapping, copyTags, batch.CreatedBy, clock, layOutWords: db.Provider == DatabaseProvider.Sqlite);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // Set back (and checkpointed) before the batch is marked committed, whose commit is flushed as every other.
        var settings = await CommitConnection.PrepareAsync(db, ct);
        var size = options.Value.ChunkSize;
        var resumeAt = batch.RecordsRead;
        var statistics = new PlannerStatistics(db);
        // The next chunk is read and taken apart on another core while this one is written: that needs no database.
        Task<Dictionary<int, RecordTakenApart>>? ahead = null;
        Task<StagedChunk>? aheadStaged = null;
        // Every SQLite commit writes each page it changed, whole, into the WAL, and a chunk's headings, shelf keys and numbers
        // land on pages all over their indexes: a transaction of several chunks writes those pages once instead of once a
        // chunk. It ends after the chunk in hand as soon as another write waits for the gate, so a desk save waits one chunk
        // at most, as before. Other engines commit each chunk: there the transaction would hold the matched records' locks.
        var chunksPerTransaction = db.Provider == DatabaseProvider.Sqlite ? Math.Max(1, options.Value.ChunksPerTransaction) : 1;
        var chunksInTransaction = 0;
        SqliteWriteGate.Held? gate = null;
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? transaction = null;
        try
        {
            while (staging || batch.CommitCursor < batch.RecordsRead)
            {
                ct.ThrowIfCancellationRequested();
                List<StagedRecord> rows;
                List<Work> work;
                int to;
                bool last;
                if (staging)
                {
                    var read = aheadStaged is null ? reader.ReadStaged(size, resumeAt, batch.RejectInvalid) : await aheadStaged;
                    aheadStaged = read.IsLast ? null : Task.Run(() => reader.ReadStaged(size, resumeAt, batch.RejectInvalid), ct);
                    // The commit matches each record, against the catalogue and the file's earlier records: its match is the staged one.
                    rows = [.. read.Records.Select(r => BatchStaging.Row(batch, r.Staged, null))];
                    work = [.. rows.Zip(read.Records).Where(r => r.Second.Record is not null).Select(r => new Work(r.First, r.Second.Record!))];
                    batch.BytesRead = read.IsLast ? batch.FileBytes : read.BytesRead;
                    (to, last) = (batch.RecordsRead, read.IsLast);
                }
                else
                {
                    var from = batch.CommitCursor;
                    to = Math.Min(from + size, batch.RecordsRead);
                    var records = ahead is null ? reader.Read(from, to) : await ahead;
                    ahead = to < batch.RecordsRead ? Task.Run(() => reader.Read(to, Math.Min(to + size, batch.RecordsRead)), ct) : null;
                    var staged = await db.StagedRecords.AsNoTracking().Where(s => s.BatchId == batch.Id && s.Index >= from && s.Index < to)
                        .OrderBy(s => s.Index).ToListAsync(ct);
                    work = [];
                    foreach (var row in staged.Where(s => s.Status == StagedRecordStatus.Staged))
                    {
                        if (!records.TryGetValue(row.Index, out var r)) throw new InvalidOperationException($"The batch file no longer holds record {row.Index}.");
                        work.Add(new Work(row, r));
                    }
                    rows = [.. work.Select(w => w.Staged)];
                    last = to >= batch.RecordsRead;
                }
                // The transaction also moves the batch's cursors. On SQLite it holds the write gate, and may take several chunks.
                gate ??= await SqliteWriteGate.HoldAsync(db, ct);
                transaction ??= await db.Database.BeginTransactionAsync(ct);
                var writes = await CommitChunkAsync(batch, work, rule, copyTags, defaultSite, siteCache, ct);
                await writes.WriteRecordsAsync(db, ct);
                batch.CommitCursor = to;
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(ct);
                await writes.WriteRestAsync(db, rows, rowsAreNew: staging, clock.GetUtcNow(), ct);
                db.ChangeTracker.Clear();
                db.Attach(batch);
                progress.ReportChunkWritten(batch);
                if (last || ++chunksInTransaction >= chunksPerTransaction || gate.OthersWaiting)
                {
                    await transaction.CommitAsync(ct);
                    await transaction.DisposeAsync();
                    await gate.DisposeAsync();
                    (transaction, gate, chunksInTransaction) = (null, null, 0);
                    progress.Report(batch);
                }
                if (last) break;
                await statistics.RefreshWhenGrownAsync(batch.Added, ct);
            }
        }
        finally
        {
            // The file is closed when this returns: a read still running after a failure must be over by then.
            if (ahead is not null) await Task.WhenAny(ahead);
            if (aheadStaged is not null) await Task.WhenAny(aheadStaged);
            // Chunks not committed yet are rolled back: the batch carries on from its last commit when run again.
            if (transaction is not null) await transaction.DisposeAsync();
            if (gate is not null) await gate.DisposeAsync();
            await settings.DisposeAsync();
        }
        if (staging)
        {
            batch.FinishStaging(clock.GetUtcNow());
            batch.BeginCommit(clock.GetUtcNow());
        }
        batch.FinishCommit(clock.GetUtcNow());
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }

    private async Task<ChunkWrites> CommitChunkAsync(ImportBatch batch, List<Work> work, MatchRule rule, HashSet<string> copyTags, SiteInfo defaultSite,
        Dictionary<string, SiteInfo?> siteCache, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var writes = new ChunkWrites();
        var found = await matcher.LookUpAsync(work.SelectMany(w => w.Incoming.Keys).Select(k => k.Key), ct);
        var pending = new Dictionary<string, List<Guid>>(StringComparer.Ordinal);
        var matches = work.Select(w => RecordMatcher.Best(rule, w.Incoming.Keys, found)).ToList();
        var targets = await LoadTargetsAsync(matches.Where(m => m is not null).Select(m => m!.RecordId), ct);
        var numbers = await TakenNumbersAsync(batch, work, ct);
        foreach (var site in work.SelectMany(w => w.Incoming.Copies).Select(c => c.SiteCode).OfType<string>().Distinct())
            await Site(site, siteCache, ct);

        for (var i = 0; i < work.Count; i++)
        {
            var w = work[i];
            // Earlier records of this chunk are not in the database yet: match against them too.
            var match = RecordMatcher.Best(rule, w.Incoming.Keys, found, pending);
            if (match is not null && !targets.ContainsKey(match.RecordId)) match = matches[i];
            if (match is null && batch.OnNoMatch == NoMatchAction.Ignore)
            {
                Reject(batch, w, "NO_MATCH_IGNORED", new Bilingual("Không khớp biểu ghi nào; lô được đặt là bỏ qua.",
                    "Matched no record and the batch ignores records without a match."), null);
                continue;
            }
            if (match is not null && batch.OnMatch == MatchAction.Ignore)
            {
                Reject(batch, w, "MATCH_IGNORED", new Bilingual($"Khớp biểu ghi {match.RecordId} ({match.MatchedOn}); lô được đặt là bỏ qua.",
                    $"Matched record {match.RecordId} on {match.MatchedOn}; the batch ignores matches."), match);
                continue;
            }
            var assigned = Number(batch, w, numbers);
            if (assigned is null)
            {
                Reject(batch, w, "REGISTRATION_NUMBER_TOO_LONG", new Bilingual(
                    $"Số đăng ký cá biệt sau khi thêm tiền tố dài quá {MaxNumberLength} ký tự.",
                    $"A registration number with its prefix is longer than {MaxNumberLength} characters."), match);
                continue;
            }
            BibliographicRecord record;
            RecordFields fields;
            if (match is null)
            {
                record = w.Incoming.AsNew;
                fields = w.Incoming.Fields;
                writes.Added[record.Id] = new RecordWritten(record, w.Incoming.Record, w.Incoming.Words, w.Incoming.WordTexts);
                writes.AddVersion(w.Incoming.FirstVersion, null);
                w.Staged.Became(StagedRecordStatus.Added, record.Id, null, null, null, record.Version, null, null);
                batch.Added++;
                targets[record.Id] = record;
                foreach (var (_, key) in w.Incoming.Keys)
                {
                    if (!pending.TryGetValue(key, out var ids)) pending[key] = ids = [];
                    ids.Add(record.Id);
                }
            }
            else
            {
                record = targets[match.RecordId];
                var (version, updatedAt, updatedBy) = (record.Version, record.UpdatedAt, record.UpdatedBy);
                var before = record.ToMarc();
                var replacement = batch.OnMatch == MatchAction.Replace ? w.Incoming.Record : RecordMerge.Merge(before, w.Incoming.Record, copyTags, out var changed) is var merged && changed ? merged : null;
                if (replacement is not null)
                {
                    var leaving = record.Marc;
                    record.Replace(replacement, batch.CreatedBy, now);
                    var history = RecordVersion.Of(record, RecordChangeKind.Updated, before, batch.CreatedBy, now, replacement);
                    // A record this chunk added is not tracked: it is written once, as it finally stands, with both versions.
                    writes.AddVersion(history, leaving);
                    if (writes.Added.ContainsKey(record.Id)) writes.Added[record.Id] = new RecordWritten(record, replacement, null);
                    else writes.Changed[record.Id] = new RecordWritten(record, replacement, null);
                }
                if (!writes.Added.ContainsKey(record.Id) && w.Incoming.Copies.Count > 0) writes.CopiesAddedTo.Add(record.Id);
                fields = RecordFields.From(replacement ?? before);
                var status = batch.OnMatch == MatchAction.Replace ? StagedRecordStatus.Replaced : StagedRecordStatus.Merged;
                w.Staged.Became(status, record.Id, version, updatedAt, updatedBy, record.Version, match.RecordId, match.Score);
                if (status == StagedRecordStatus.Replaced) batch.Replaced++; else batch.Merged++;
            }
            AddCopies(batch, w, record, fields, assigned, defaultSite, siteCache, now, writes);
        }
        return writes;
    }

    private void AddCopies(ImportBatch batch, Work w, BibliographicRecord record, RecordFields fields, List<string> assigned, SiteInfo defaultSite,
        Dictionary<string, SiteInfo?> siteCache, DateTimeOffset now, ChunkWrites writes)
    {
        string? callNumber = null;
        for (var c = 0; c < w.Incoming.Copies.Count; c++)
        {
            var embedded = w.Incoming.Copies[c];
            var site = embedded.SiteCode is { } code && siteCache.GetValueOrDefault(code) is { } known ? known : defaultSite;
            var call = embedded.CallNumber is { } own ? own[..Math.Min(own.Length, 64)] : callNumber ??= callNumbers.For(fields).ToString();
            var copy = Copy.Create(record.Id, assigned[c], site, new CopyDetails(
                embedded.Location ?? batch.DefaultLocation, embedded.ItemType, call, embedded.Price,
                embedded.AcquiredOn ?? DateOnly.FromDateTime(now.UtcDateTime), Contracts.AcquisitionSource.Purchase), now);
            writes.Copies.Add(copy);
            writes.ImportedCopies.Add(ImportedCopy.Of(batch.Id, w.Staged.Index, copy.Id, record.Id, batch.Source,
                RegistrationNumber.Normalize(embedded.OriginalNumber), copy.RegistrationNumber));
            batch.CopiesAdded++;
            if (copy.RegistrationNumber != RegistrationNumber.Normalize(embedded.OriginalNumber)) batch.CopiesRenumbered++;
        }
    }

    /// <summary>
    /// The numbers the record's copies get: their own when free, else the source's prefix in front
    /// (EMICLIB-VV.000123), else that with -2, -3 … Null when one would be longer than the column allows.
    /// </summary>
    private static List<string>? Number(ImportBatch batch, Work w, HashSet<string> taken)
    {
        var result = new List<string>();
        for (var c = 0; c < w.Incoming.Copies.Count; c++)
        {
            var wanted = Wanted(batch, w, c);
            var number = wanted;
            if (taken.Contains(number)) number = RegistrationNumber.Normalize(batch.RegistrationPrefix + wanted);
            for (var n = 2; taken.Contains(number); n++) number = RegistrationNumber.Normalize($"{batch.RegistrationPrefix}{wanted}-{n}");
            if (number.Length > MaxNumberLength) return null;
            result.Add(number);
        }
        foreach (var number in result) taken.Add(number);
        return result;
    }

    /// <summary>The copy's own number; a copy that came without one gets the source's prefix, the batch and its place in the file.</summary>
    private static string Wanted(ImportBatch batch, Work w, int copy) =>
        RegistrationNumber.Normalize(w.Incoming.Copies[copy].OriginalNumber) is { Length: > 0 } original ? original
            : RegistrationNumber.Normalize($"{batch.RegistrationPrefix}{batch.Id.ToString("N")[^6..]}-{w.Staged.Index + 1}-{copy + 1}");

    /// <summary>
    /// Which of the chunk's numbers (as they are, with the prefix, and those with -2, -3 …) are already used: few queries,
    /// each list sent as one parameter (see <see cref="RecordMatcher.LookUpAsync"/>). A prefixed number is looked up only
    /// where <see cref="Number"/> may try it: where the number itself is taken, wanted twice in the chunk, or another copy's
    /// prefixed number (<c>RegistrationNumberTests</c>).
    /// </summary>
    private async Task<HashSet<string>> TakenNumbersAsync(ImportBatch batch, List<Work> work, CancellationToken ct)
    {
        var prefix = RegistrationNumber.Normalize(batch.RegistrationPrefix);
        var wanted = work.SelectMany(w => w.Incoming.Copies.Select((_, c) => Wanted(batch, w, c))).ToList();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var twice = new HashSet<string>(StringComparer.Ordinal);
        foreach (var number in wanted)
            if (!distinct.Add(number)) twice.Add(number);
        await AddTakenAsync(distinct, taken, ct);
        // A number is taken when a copy of the chunk asks for it too, its own or another's given it first: with its prefix, say.
        var needed = new HashSet<string>(distinct.Where(n => taken.Contains(n) || twice.Contains(n)), StringComparer.Ordinal);
        var prefixed = new HashSet<string>(StringComparer.Ordinal);
        for (var more = needed.ToList(); more.Count > 0; more = [.. distinct.Where(n => prefixed.Contains(n) && needed.Add(n))])
            prefixed.UnionWith(more.Select(n => RegistrationNumber.Normalize(prefix + n)));
        await AddTakenAsync(prefixed, taken, ct);
        // Suffixed numbers (-2, -3 …) are needed only where the prefixed one is taken too: look up eight at a time, by
        // equality (the unique index), until each such number has a free one.
        var busy = wanted.Select(n => RegistrationNumber.Normalize(prefix + n)).Where(taken.Contains).Distinct().ToList();
        for (var from = 2; busy.Count > 0; from += 8)
        {
            await AddTakenAsync([.. busy.SelectMany(n => Enumerable.Range(from, 8).Select(k => $"{n}-{k}"))], taken, ct);
            busy = [.. busy.Where(n => Enumerable.Range(from, 8).All(k => taken.Contains($"{n}-{k}")))];
        }
        return taken;
    }

    private async Task AddTakenAsync(IReadOnlyCollection<string> numbers, HashSet<string> taken, CancellationToken ct)
    {
        foreach (var slice in numbers.Chunk(2000))
            taken.UnionWith(await db.Copies.AsNoTracking().Where(c => EF.Parameter(slice).Contains(c.RegistrationNumber)).Select(c => c.RegistrationNumber).ToListAsync(ct));
    }

    /// <summary>
    /// The records the chunk matched, untracked: what it changes in them is written in bulk (<see cref="ChunkWrites"/>). They
    /// are locked first (PostgreSQL: SELECT … FOR UPDATE; SQL Server: an update that changes nothing) until the chunk's transaction ends: a cataloguer saving one
    /// of them meanwhile waits, then is told the record changed (its version moved), instead of the chunk writing over it.
    /// </summary>
    private async Task<Dictionary<Guid, BibliographicRecord>> LoadTargetsAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        var targets = new Dictionary<Guid, BibliographicRecord>();
        foreach (var slice in wanted.Chunk(1000))
        {
            // On SQLite the write gate the chunk holds already keeps every other writer out: rewriting the rows would only cost.
            // PostgreSQL locks them without writing a new version of each row (which the chunk writes again when it merges).
            if (db.Provider == DatabaseProvider.Postgres)
                await db.Database.ExecuteSqlRawAsync(LockRecords, [new Npgsql.NpgsqlParameter("ids", slice)], ct);
            else if (db.Provider != DatabaseProvider.Sqlite)
                await db.Records.Where(r => EF.Parameter(slice).Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.Version, r => r.Version), ct);
            foreach (var record in await db.Records.AsNoTracking().Include(r => r.Headings).Where(r => EF.Parameter(slice).Contains(r.Id)).ToListAsync(ct))
                targets[record.Id] = record;
        }
        return targets;
    }

    private string LockRecords => $"SELECT 1 FROM {new BulkRows<BibliographicRecord>(db).TableName} WHERE \"Id\" = ANY(@ids) FOR UPDATE";

    private void Reject(ImportBatch batch, Work w, string code, Bilingual reason, MatchResult? match)
    {
        w.Staged.Reject(code, reason.Vi + " / " + reason.En, w.Incoming.Original, match?.RecordId);
        batch.Rejected++;
    }

    private async Task<SiteInfo?> Site(string code, Dictionary<string, SiteInfo?> cache, CancellationToken ct)
    {
        if (!cache.TryGetValue(code, out var site)) cache[code] = site = await sites.FindByCodeAsync(code, ct);
        return site;
    }
}
