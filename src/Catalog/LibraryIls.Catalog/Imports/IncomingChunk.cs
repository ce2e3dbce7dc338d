using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Matching;
using LibraryIls.Catalog.Records;
using LibraryIls.Catalog.Search;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// A record of the file as the commit needs it: without its copy fields, with its copies, fields, match keys and original bytes;
/// and, made in advance for the common case where it matches nothing, the catalogue record it becomes, its first version and
/// its OPAC words (thrown away when it is merged or rejected): on SQLite only as its full-text row's texts, elsewhere as words.
/// </summary>
internal sealed record RecordTakenApart(MarcRecord Record, List<EmbeddedCopy> Copies, List<(MatchPointKind Kind, string Key)> Keys, byte[] Original,
    RecordFields Fields, BibliographicRecord AsNew, RecordVersion FirstVersion, IReadOnlyList<(SearchField Field, int Position, SearchWord Word)>? Words,
    string[]? WordTexts);

/// <summary>Records read, checked and (those to commit) taken apart at once; the last chunk of the file is short.</summary>
internal sealed record StagedChunk(List<(BatchStaging.Pending Staged, RecordTakenApart? Record)> Records, long BytesRead, bool IsLast);

/// <summary>
/// Reads the batch's file for the commit, a chunk of records at a time, and takes each record apart. Nothing here touches
/// the database, so the commit reads the next chunk on another core while the current one is written; what depends on
/// the catalogue (matching, numbers) is decided later, in the chunk's transaction. Records new to the catalogue are made
/// here too (stored MARC, headings, first version, OPAC words: work kept off the commit thread's core),
/// stamped with the time the chunk was read. Not thread-safe: one read at a time.
/// </summary>
/// <param name="layOutWords">SQLite: the words' full-text texts made here too (<see cref="SqliteWords.Texts"/>), off the writer's core.</param>
internal sealed class IncomingChunk(IncomingRecords incoming, CopyMapping mapping, HashSet<string> copyTags, string user, TimeProvider clock, bool layOutWords)
{
    private (int Index, RecordTakenApart Record)? _ahead;

    /// <summary>The records with an index in [from, to), by index; fragments and earlier records are passed over.</summary>
    public Dictionary<int, RecordTakenApart> Read(int from, int to)
    {
        var chunk = new Dictionary<int, RecordTakenApart>();
        while (true)
        {
            if (_ahead is not { } next)
            {
                var item = incoming.Next();
                if (item is null) return chunk;
                if (item.Record is not { } record || item.Index < from) continue;
                // Taken while the record is the reader's current one: the file's bytes, kept in case it is rejected now.
                next = (item.Index, TakeApart(record, incoming.OriginalBytes(record)));
            }
            if (next.Index >= to)
            {
                _ahead = next;
                return chunk;
            }
            _ahead = null;
            chunk[next.Index] = next.Record;
        }
    }

    /// <summary>
    /// For a batch staged and committed at once: the next records of the file from <paramref name="resumeAt"/> on, fragments
    /// too, each read and checked as staging does it and, unless staging rejects it, taken apart. The last chunk is short.
    /// </summary>
    public StagedChunk ReadStaged(int size, int resumeAt, bool rejectInvalid)
    {
        var records = new List<(BatchStaging.Pending, RecordTakenApart?)>(size);
        while (records.Count < size && incoming.Next() is { } item)
        {
            if (item.Index < resumeAt) continue;
            var staged = BatchStaging.Stage(item, incoming, mapping, rejectInvalid);
            // Taken apart after the check, which sees the copy fields that taking apart removes.
            records.Add((staged, staged.Rejection is null ? TakeApart(staged.Record!, incoming.OriginalBytes(staged.Record!), staged) : null));
        }
        return new StagedChunk(records, incoming.BytesRead, records.Count < size);
    }

    /// <summary>True when no copy field is one that fields and match keys are read from: what staging read still holds without them.</summary>
    private readonly bool _copiesReadByNone = !copyTags.Any(MatchKeys.TagsRead.Contains);

    /// <param name="staged">The record as staging read it, with the copy fields: its fields and keys are kept when the copy fields play no part in them.</param>
    private RecordTakenApart TakeApart(MarcRecord record, byte[] original, BatchStaging.Pending? staged = null)
    {
        var copies = EmbeddedCopies.TakeOut(record, mapping);
        record.Fields.RemoveAll(f => copyTags.Contains(f.Tag));
        var kept = _copiesReadByNone && staged?.Fields is not null;
        var fields = kept ? staged!.Fields! : RecordFields.From(record);
        List<(MatchPointKind Kind, string Key)> keys = kept ? staged!.Keys : [.. MatchKeys.Of(record, fields)];
        var now = clock.GetUtcNow();
        var asNew = BibliographicRecord.Create(record, user, now, fields, keys);
        var words = RecordWords.Of(record);
        return new RecordTakenApart(record, copies, keys, original, fields, asNew,
            RecordVersion.Of(asNew, RecordChangeKind.Created, null, user, now, record), layOutWords ? null : words, layOutWords ? SqliteWords.Texts(words) : null);
    }
}
