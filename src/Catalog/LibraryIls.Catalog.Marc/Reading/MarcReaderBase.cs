using System.Collections;

namespace LibraryIls.Catalog.Marc;

/// <summary>Enumeration and file-level issues shared by the ISO 2709 and MARCXML readers.</summary>
public abstract class MarcReaderBase : IMarcReader
{
    private readonly List<MarcIssue> _fileIssues = [];

    public IReadOnlyList<MarcIssue> FileIssues => _fileIssues;

    public abstract MarcRecord? Read();

    public IEnumerator<MarcRecord> GetEnumerator()
    {
        while (Read() is { } record)
        {
            yield return record;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    protected void AddFileIssue(MarcIssue issue) => _fileIssues.Add(issue);
}
