using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Matching;
using LibraryIls.Catalog.Records;

namespace LibraryIls.Catalog.Imports;

/// <summary>A record of the file as the commit needs it: without its copy fields, with its copies, fields, match keys and original bytes.</summary>
internal sealed record RecordTakenApart(MarcRecord Record, List<EmbeddedCopy> Copies, List<(MatchPointKind Kind, string Key)> Keys, byte[] Original,
    RecordFields Fields);

/// <summary>
/// Reads the batch's file for the commit, a chunk of records at a time, and takes each record apart. Nothing here touches
/// the database, so the commit reads the next chunk on another core while the current one is written; what depends on
/// the catalogue (matching, numbers) is decided later, in the chunk's transaction. Not thread-safe: one read at a time.
/// </summary>
internal sealed class IncomingChunk(IncomingRecords incoming, CopyMapping mapping, HashSet<string> copyTags)
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

    private RecordTakenApart TakeApart(MarcRecord record, byte[] original)
    {
        var copies = EmbeddedCopies.TakeOut(record, mapping);
        record.Fields.RemoveAll(f => copyTags.Contains(f.Tag));
        var fields = RecordFields.From(record);
        return new RecordTakenApart(record, copies, [.. MatchKeys.Of(record, fields)], original, fields);
    }
}
