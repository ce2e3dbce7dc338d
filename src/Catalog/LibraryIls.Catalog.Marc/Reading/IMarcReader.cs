namespace LibraryIls.Catalog.Marc;

/// <summary>A stream of records from any format. Records are read one at a time; nothing is kept.</summary>
public interface IMarcReader : IEnumerable<MarcRecord>, IDisposable
{
    /// <summary>The next record, or null at the end of the input.</summary>
    MarcRecord? Read();

    /// <summary>Problems that belong to no record: skipped filler bytes, fragments too short to be a record.</summary>
    IReadOnlyList<MarcIssue> FileIssues { get; }
}
