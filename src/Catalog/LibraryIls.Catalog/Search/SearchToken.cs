namespace LibraryIls.Catalog.Search;

/// <summary>One word of a record in the OPAC's own index (cat_search_tokens) on PostgreSQL and SQL Server; SQLite keeps a full-text row per record (<see cref="SqliteWords"/>).</summary>
internal sealed class SearchToken
{
    private SearchToken() { }

    public SearchToken(long docNo, SearchField field, int position, SearchWord word)
    {
        DocNo = docNo;
        Field = field;
        Position = position;
        Folded = word.Folded;
        Exact = word.Exact;
    }

    public long DocNo { get; private set; }
    public SearchField Field { get; private set; }
    public int Position { get; private set; }
    public string Folded { get; private set; } = "";
    public string Exact { get; private set; } = "";

    /// <summary>The order of the word index: folded word (ordinal, as the engines compare bytes), record, field, place.</summary>
    public static int ByWord(SearchToken a, SearchToken b)
    {
        var order = string.CompareOrdinal(a.Folded, b.Folded);
        if (order == 0) order = a.DocNo.CompareTo(b.DocNo);
        if (order == 0) order = a.Field.CompareTo(b.Field);
        return order != 0 ? order : a.Position.CompareTo(b.Position);
    }

    public void Become(SearchWord word)
    {
        Folded = word.Folded;
        Exact = word.Exact;
    }
}
