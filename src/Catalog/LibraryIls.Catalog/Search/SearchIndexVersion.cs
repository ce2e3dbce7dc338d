namespace LibraryIls.Catalog.Search;

/// <summary>
/// The one-row counter of changes to the OPAC index (cat_search_versions). Every save that changes a search
/// document, its words or its holdings raises it first, in its own transaction, and stamps the rows it writes
/// with the new value. The row stays locked until that transaction ends, so the values commit in order: once a
/// reader sees version V committed, every change up to V is visible and none can turn up later below it.
/// </summary>
internal sealed class SearchIndexVersion(int id, long version)
{
    public const int TheRow = 1;

    public int Id { get; private set; } = id;
    public long Version { get; private set; } = version;
}
