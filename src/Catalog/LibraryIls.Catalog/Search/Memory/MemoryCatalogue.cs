namespace LibraryIls.Catalog.Search.Memory;

/// <summary>
/// The OPAC index held in memory, read from the index tables (which stay the source of truth): per folded word
/// a posting list (record numbers ascending, with <see cref="MemoryPosting"/> info), per record its words in
/// order (for phrases) and columns for the filters and facets. Records changed after the load are laid over the
/// loaded postings (the old postings hidden, the new ones in a small sorted overlay) until the overlay grows
/// large enough to fold back in. The facets' columns are small numbers a search counts in one loop: the year's
/// number among the years, and the record's shelf (its sites and item types, each with or without a copy on the
/// shelf), one of the few combinations the catalogue has. Not thread-safe: <see cref="SearchMemoryIndex"/> guards it.
/// </summary>
internal sealed class MemoryCatalogue
{
    private const byte Present = 1, Deleted = 2, LocalStudies = 4;
    private const int FoldBackAt = 100_000;

    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly List<List<int>> _forms = [];
    private readonly Dictionary<string, int> _exacts = new(StringComparer.Ordinal);
    public readonly Names MainClasses = new(), Languages = new(), ItemTypes = new();
    public readonly List<Guid> Sites = [];
    private readonly Dictionary<Guid, int> _siteNumbers = [];

    private byte[] _flags = [];
    public double[] DdcValues = [];
    public int[] MainClassOf = [], YearOf = [], LanguageOf = [];

    /// <summary>Per record the number of its year among <see cref="Years"/> (0 stands for none).</summary>
    public int[] YearNumberOf = [];

    /// <summary>Per record the number of its shelf among <see cref="Shelves"/> (0: no copies).</summary>
    public int[] ShelfOf = [];

    public readonly List<int> Years = [NoYear];
    private readonly Dictionary<int, int> _yearNumbers = new() { [NoYear] = 0 };
    public readonly List<MemoryShelf[]> Shelves = [[]];
    private readonly Dictionary<MemoryShelf[], int> _shelfNumbers = new(new MemoryShelfComparer()) { [[]] = 0 };
    public int DocumentLimit { get; private set; }

    private ulong[] _tokens = [];
    private int[] _tokenStart = [], _tokenCount = [];
    private readonly Dictionary<int, ulong[]> _changedTokens = [];

    private int[][] _postingDocs = [];
    private uint[][] _postingInfos = [];
    private bool[] _hidden = [];
    private int _hiddenCount;
    private readonly Dictionary<int, List<(int Doc, uint Info)>> _overlay = [];
    private int _overlayCount;

    public const int NoYear = int.MinValue;

    public int Documents { get; private set; }
    public long Postings { get; private set; }
    public int Words => _words.Count;
    public long TokenCount => _tokens.LongLength;

    public bool IsSearchable(int doc) => doc < DocumentLimit && (_flags[doc] & (Present | Deleted)) == Present;

    public bool IsLocalStudies(int doc) => (_flags[doc] & LocalStudies) != 0;

    public int WordNumber(string folded) => _words.GetValueOrDefault(folded, -1);

    /// <summary>Where a written form stands among its word's forms (its bit in the postings), or -1 when no record has it.</summary>
    public int FormOf(int word, string exact) => _exacts.TryGetValue(exact, out var id) ? _forms[word].IndexOf(id) : -1;

    public ReadOnlySpan<ulong> TokensOf(int doc) =>
        _changedTokens.TryGetValue(doc, out var changed) ? changed
        : doc < _tokenStart.Length ? _tokens.AsSpan(_tokenStart[doc], _tokenCount[doc]) : [];

    /// <summary>The word's postings now: the loaded ones less those of changed records, merged with the overlay's.</summary>
    public (int[] Docs, uint[] Infos, int Count) PostingsOf(int word)
    {
        var docs = _postingDocs[word];
        var infos = _postingInfos[word];
        var overlay = _overlay.GetValueOrDefault(word);
        if (_hiddenCount == 0 && (overlay is null || overlay.Count == 0)) return (docs, infos, docs.Length);
        var extra = overlay?.Count ?? 0;
        var outDocs = new int[docs.Length + extra];
        var outInfos = new uint[docs.Length + extra];
        int i = 0, j = 0, n = 0;
        while (i < docs.Length || j < extra)
        {
            if (j >= extra || (i < docs.Length && docs[i] < overlay![j].Doc))
            {
                if (!_hidden[docs[i]]) { outDocs[n] = docs[i]; outInfos[n++] = infos[i]; }
                i++;
            }
            else
            {
                outDocs[n] = overlay![j].Doc;
                outInfos[n++] = overlay[j].Info;
                j++;
            }
        }
        return (outDocs, outInfos, n);
    }

    /// <summary>Sets a record's row (a new one or a change); its words and holdings are set apart.</summary>
    public void SetDocument(MemoryDocumentRow row)
    {
        var doc = checked((int)row.DocNo);
        Grow(doc + 1);
        if ((_flags[doc] & Present) == 0) Documents++;
        _flags[doc] = (byte)(Present | (row.IsDeleted ? Deleted : 0) | (row.IsLocalStudies ? LocalStudies : 0));
        DdcValues[doc] = row.DdcValue ?? double.NaN;
        MainClassOf[doc] = MainClasses.Number(row.DdcMainClass);
        YearOf[doc] = row.Year ?? NoYear;
        YearNumberOf[doc] = YearNumber(YearOf[doc]);
        LanguageOf[doc] = Languages.Number(row.Language);
    }

    public void SetHoldings(long docNo, IEnumerable<MemoryHoldingRow> rows)
    {
        var doc = checked((int)docNo);
        Grow(doc + 1);
        var shelf = rows.Select(h => new MemoryShelf(SiteNumber(h.SiteId), ItemTypes.Number(h.ItemType), h.Available > 0))
            .Distinct().OrderBy(h => h.Site).ThenBy(h => h.ItemType).ThenBy(h => h.OnShelf).ToArray();
        if (!_shelfNumbers.TryGetValue(shelf, out var number))
        {
            _shelfNumbers[shelf] = number = Shelves.Count;
            Shelves.Add(shelf);
        }
        ShelfOf[doc] = number;
    }

    private int YearNumber(int year)
    {
        if (_yearNumbers.TryGetValue(year, out var number)) return number;
        _yearNumbers[year] = Years.Count;
        Years.Add(year);
        return Years.Count - 1;
    }

    /// <summary>Packs rows of cat_search_tokens (interning words and forms), sorted by field and place.</summary>
    public ulong[] Pack(IEnumerable<MemoryWordRow> rows)
    {
        var packed = rows.Select(r => Pack(r.Field, r.Position, r.Folded, r.Exact)).ToArray();
        Array.Sort(packed);
        return packed;
    }

    public ulong Pack(int field, int position, string folded, string exact)
    {
        if (!_words.TryGetValue(folded, out var word))
        {
            word = _words.Count;
            _words.Add(folded, word);
            _forms.Add([]);
            if (word >= _postingDocs.Length)
            {
                Array.Resize(ref _postingDocs, Math.Max(16, word * 2));
                Array.Resize(ref _postingInfos, _postingDocs.Length);
            }
            _postingDocs[word] = [];
            _postingInfos[word] = [];
        }
        if (!_exacts.TryGetValue(exact, out var exactId)) _exacts.Add(exact, exactId = _exacts.Count);
        var forms = _forms[word];
        var form = forms.IndexOf(exactId);
        if (form < 0)
        {
            form = forms.Count;
            forms.Add(exactId);
        }
        return MemoryToken.Pack(field, position, form, word);
    }

    /// <summary>A changed record's words: its loaded postings are hidden, its overlay postings replaced.</summary>
    public void SetWords(long docNo, ulong[] tokens)
    {
        var doc = checked((int)docNo);
        Grow(doc + 1);
        if (_changedTokens.TryGetValue(doc, out var old))
            foreach (var (word, _) in PostingsIn(old))
            {
                var list = _overlay[word];
                var at = Find(list, doc);
                if (at >= 0) { list.RemoveAt(at); _overlayCount--; }
            }
        else if (doc < _hidden.Length && !_hidden[doc])
        {
            _hidden[doc] = true;
            _hiddenCount++;
        }
        _changedTokens[doc] = tokens;
        foreach (var (word, info) in PostingsIn(tokens))
        {
            if (!_overlay.TryGetValue(word, out var list)) _overlay[word] = list = [];
            var at = Find(list, doc);
            list.Insert(~at, (doc, info));
            _overlayCount++;
        }
        if (_overlayCount > FoldBackAt || _hiddenCount > FoldBackAt) FoldBack();
    }

    /// <summary>Words of the whole catalogue at once (the load): one array, each record's slice sorted.</summary>
    public void SetAllWords(ulong[] tokens, int[] start, int[] count)
    {
        _tokens = tokens;
        _tokenStart = start;
        _tokenCount = count;
        _changedTokens.Clear();
        BuildPostings();
    }

    /// <summary>Folds the overlay back into the posting lists: every record's current words, postings built anew.</summary>
    public void FoldBack()
    {
        var total = 0L;
        for (var doc = 0; doc < DocumentLimit; doc++) total += TokensOf(doc).Length;
        var tokens = new ulong[total];
        var start = new int[DocumentLimit];
        var count = new int[DocumentLimit];
        var at = 0;
        for (var doc = 0; doc < DocumentLimit; doc++)
        {
            var slice = TokensOf(doc);
            slice.CopyTo(tokens.AsSpan(at));
            start[doc] = at;
            count[doc] = slice.Length;
            at += slice.Length;
        }
        SetAllWords(tokens, start, count);
    }

    private void BuildPostings()
    {
        var counts = new int[_words.Count];
        for (var doc = 0; doc < _tokenStart.Length; doc++)
            foreach (var (word, _) in PostingsIn(TokensOf(doc))) counts[word]++;
        var docs = new int[_words.Count][];
        var infos = new uint[_words.Count][];
        for (var w = 0; w < counts.Length; w++)
        {
            docs[w] = new int[counts[w]];
            infos[w] = new uint[counts[w]];
        }
        var fill = new int[_words.Count];
        for (var doc = 0; doc < _tokenStart.Length; doc++)
            foreach (var (word, info) in PostingsIn(TokensOf(doc)))
            {
                docs[word][fill[word]] = doc;
                infos[word][fill[word]++] = info;
            }
        _postingDocs = docs;
        _postingInfos = infos;
        _hidden = new bool[DocumentLimit];
        _hiddenCount = 0;
        _overlay.Clear();
        _overlayCount = 0;
        Postings = counts.Sum(c => (long)c);
    }

    /// <summary>A record's words merged per folded word: the fields and forms each is found with.</summary>
    private static List<(int Word, uint Info)> PostingsIn(ReadOnlySpan<ulong> tokens)
    {
        var postings = new List<(int Word, uint Info)>(tokens.Length);
        foreach (var token in tokens)
            postings.Add((MemoryToken.Word(token), MemoryPosting.Of(MemoryToken.Field(token), MemoryToken.Form(token))));
        postings.Sort((a, b) => a.Word.CompareTo(b.Word));
        var merged = 0;
        for (var i = 0; i < postings.Count; i++)
        {
            if (merged > 0 && postings[merged - 1].Word == postings[i].Word)
                postings[merged - 1] = (postings[i].Word, postings[merged - 1].Info | postings[i].Info);
            else postings[merged++] = postings[i];
        }
        postings.RemoveRange(merged, postings.Count - merged);
        return postings;
    }

    private static int Find(List<(int Doc, uint Info)> list, int doc)
    {
        int lo = 0, hi = list.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (list[mid].Doc == doc) return mid;
            if (list[mid].Doc < doc) lo = mid + 1;
            else hi = mid - 1;
        }
        return ~lo;
    }

    private int SiteNumber(Guid site)
    {
        if (_siteNumbers.TryGetValue(site, out var number)) return number;
        _siteNumbers[site] = Sites.Count;
        Sites.Add(site);
        return Sites.Count - 1;
    }

    public void Grow(int limit)
    {
        if (limit <= DocumentLimit) return;
        if (limit > _flags.Length)
        {
            var capacity = Math.Max(limit, _flags.Length + _flags.Length / 2 + 1024);
            Array.Resize(ref _flags, capacity);
            var oldLength = DdcValues.Length;
            Array.Resize(ref DdcValues, capacity);
            Array.Resize(ref MainClassOf, capacity);
            Array.Resize(ref YearOf, capacity);
            Array.Resize(ref LanguageOf, capacity);
            Array.Resize(ref YearNumberOf, capacity);
            Array.Resize(ref ShelfOf, capacity);
            DdcValues.AsSpan(oldLength).Fill(double.NaN);
            MainClassOf.AsSpan(oldLength).Fill(-1);
            YearOf.AsSpan(oldLength).Fill(NoYear);
            LanguageOf.AsSpan(oldLength).Fill(-1);
        }
        DocumentLimit = limit;
    }

    /// <summary>Short texts (DDC main class, language, item type) by number; -1 stands for none.</summary>
    internal sealed class Names
    {
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
        public readonly List<string> Texts = [];

        public int Number(string? text)
        {
            if (text is null) return -1;
            if (_numbers.TryGetValue(text, out var number)) return number;
            _numbers[text] = Texts.Count;
            Texts.Add(text);
            return Texts.Count - 1;
        }

        public int Find(string text) => _numbers.GetValueOrDefault(text, -2);
    }
}
