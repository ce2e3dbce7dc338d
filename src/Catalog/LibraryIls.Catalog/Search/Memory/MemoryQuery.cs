using System.Globalization;

namespace LibraryIls.Catalog.Search.Memory;

/// <summary>
/// Answers a <see cref="SearchPlan"/> from the <see cref="MemoryCatalogue"/> exactly as <see cref="SqlSearchEngine"/>
/// does: posting lists intersected (AND) and merged (OR), the filters and facets by scanning the matches over the
/// record columns, and the page of the ranking picked by counting scores instead of sorting every match.
/// </summary>
internal static class MemoryQuery
{
    public static SearchOutcome Run(MemoryCatalogue catalogue, SearchPlan plan)
    {
        var matched = Filter(catalogue, plan, Match(catalogue, plan));
        var facets = plan.Request.Facets ? Facets(catalogue, plan, matched) : [];
        return new SearchOutcome(matched.Length, facets, Rank(catalogue, plan, matched));
    }

    private static int[]? Match(MemoryCatalogue catalogue, SearchPlan plan)
    {
        int[]? all = null;
        foreach (var expression in plan.Expressions)
        {
            int[]? any = null;
            foreach (var group in expression.AnyOf)
            {
                int[]? every = null;
                foreach (var term in group.OrderBy(t => Estimate(catalogue, t)))
                {
                    every = every is null ? Holding(catalogue, term) : Intersect(every, Holding(catalogue, term));
                    if (every.Length == 0) break;
                }
                any = any is null ? every! : Union(any, every!);
            }
            all = all is null ? any! : Intersect(all, any!);
        }
        return all;
    }

    private static int Estimate(MemoryCatalogue catalogue, SearchTerm term)
    {
        var word = catalogue.WordNumber(term.Words[0].Folded);
        return word < 0 ? 0 : catalogue.PostingsOf(word).Count;
    }

    /// <summary>The records holding a term: a word in the given fields (any when none), or a phrase's words in order in one field.</summary>
    private static int[] Holding(MemoryCatalogue catalogue, SearchTerm term)
    {
        var fields = term.Fields.Aggregate(0u, (mask, f) => mask | MemoryPosting.FieldBit((int)f));
        var words = term.Words.Select(w => catalogue.WordNumber(w.Folded)).ToArray();
        if (words.Any(w => w < 0)) return [];
        var (docs, infos, count) = catalogue.PostingsOf(words[0]);
        var result = new List<int>(fields == 0 && words.Length == 1 ? count : 16);
        for (var i = 0; i < count; i++)
            if (fields == 0 || (MemoryPosting.Fields(infos[i]) & fields) != 0) result.Add(docs[i]);
        var set = result.ToArray();
        for (var w = 1; w < words.Length && set.Length > 0; w++)
        {
            var (more, _, moreCount) = catalogue.PostingsOf(words[w]);
            set = Intersect(set, more, moreCount);
        }
        if (words.Length == 1) return set;
        return [.. set.Where(doc => HasPhrase(catalogue.TokensOf(doc), words, fields))];
    }

    private static bool HasPhrase(ReadOnlySpan<ulong> tokens, int[] words, uint fields)
    {
        foreach (var token in tokens)
        {
            if (MemoryToken.Word(token) != words[0]) continue;
            var field = MemoryToken.Field(token);
            if (fields != 0 && (MemoryPosting.FieldBit(field) & fields) == 0) continue;
            var position = MemoryToken.Position(token);
            var all = true;
            for (var i = 1; i < words.Length && all; i++)
                all = WordAt(tokens, MemoryToken.Place(field, position + i)) == words[i];
            if (all) return true;
        }
        return false;
    }

    private static int WordAt(ReadOnlySpan<ulong> tokens, uint place)
    {
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var at = MemoryToken.Place(tokens[mid]);
            if (at == place) return MemoryToken.Word(tokens[mid]);
            if (at < place) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>The record-level and copy-level filters; with no words asked, every record.</summary>
    private static int[] Filter(MemoryCatalogue catalogue, SearchPlan plan, int[]? candidates)
    {
        var request = plan.Request;
        var language = plan.Language is { } l ? catalogue.Languages.Find(l) : -1;
        var byHoldings = plan.Site is not null || plan.ItemType is not null;
        var holdingMatch = HoldingMatch(catalogue, plan);
        var result = new List<int>(candidates?.Length ?? catalogue.Documents);
        var count = candidates?.Length ?? catalogue.DocumentLimit;
        for (var i = 0; i < count; i++)
        {
            var doc = candidates?[i] ?? i;
            if (!catalogue.IsSearchable(doc)) continue;
            if (plan.Ddc is { } range && !(catalogue.DdcValues[doc] >= range.From && catalogue.DdcValues[doc] < range.Before)) continue;
            var year = catalogue.YearOf[doc];
            if (request.YearFrom is { } from && (year == MemoryCatalogue.NoYear || year < from)) continue;
            if (request.YearTo is { } to && (year == MemoryCatalogue.NoYear || year > to)) continue;
            if (plan.Language is not null && catalogue.LanguageOf[doc] != language) continue;
            if (request.LocalStudies is { } local && catalogue.IsLocalStudies(doc) != local) continue;
            if (byHoldings || request.Available is not null)
            {
                var (any, available) = Shelf(catalogue.HoldingsOf[doc], holdingMatch);
                if (byHoldings && !any) continue;
                if (request.Available is { } wanted && available != wanted) continue;
            }
            result.Add(doc);
        }
        return [.. result];
    }

    /// <summary>Which holdings count: at the chosen site, of the chosen item type (null: any).</summary>
    private static (int? Site, int? ItemType, bool None) HoldingMatch(MemoryCatalogue catalogue, SearchPlan plan)
    {
        int? site = plan.Site is { } s ? catalogue.Sites.IndexOf(s.Id) : null;
        int? itemType = plan.ItemType is { } t ? catalogue.ItemTypes.Find(t) : null;
        return (site, itemType, site < 0 || itemType < 0);
    }

    private static bool Counts(MemoryHolding holding, (int? Site, int? ItemType, bool None) match) =>
        !match.None && (match.Site is not { } site || holding.Site == site) && (match.ItemType is not { } type || holding.ItemType == type);

    private static (bool Any, bool Available) Shelf(MemoryHolding[]? holdings, (int? Site, int? ItemType, bool None) match)
    {
        bool any = false, available = false;
        foreach (var holding in holdings ?? [])
        {
            if (!Counts(holding, match)) continue;
            any = true;
            available |= holding.Available > 0;
        }
        return (any, available);
    }

    private static Dictionary<string, List<(string? Value, int Count)>> Facets(MemoryCatalogue catalogue, SearchPlan plan, int[] matched)
    {
        var holdingMatch = HoldingMatch(catalogue, plan);
        var mainClasses = new int[catalogue.MainClasses.Texts.Count + 1];
        var languages = new int[catalogue.Languages.Texts.Count + 1];
        var sites = new int[catalogue.Sites.Count];
        var itemTypes = new int[catalogue.ItemTypes.Texts.Count];
        var years = new Dictionary<int, int>();
        int available = 0, unavailable = 0, noCopies = 0;
        Span<int> seenSites = stackalloc int[16];
        Span<int> seenTypes = stackalloc int[16];
        foreach (var doc in matched)
        {
            mainClasses[catalogue.MainClassOf[doc] + 1]++;
            languages[catalogue.LanguageOf[doc] + 1]++;
            var year = catalogue.YearOf[doc];
            years[year] = years.GetValueOrDefault(year) + 1;
            var holdings = catalogue.HoldingsOf[doc] ?? [];
            var (any, onShelf) = Shelf(holdings, holdingMatch);
            if (onShelf) available++;
            else if (any) unavailable++;
            else noCopies++;
            if (!any) continue;
            int siteCount = 0, typeCount = 0;
            foreach (var holding in holdings)
            {
                if (!Counts(holding, holdingMatch)) continue;
                if (!Seen(seenSites, ref siteCount, holding.Site)) sites[holding.Site]++;
                if (!Seen(seenTypes, ref typeCount, holding.ItemType)) itemTypes[holding.ItemType]++;
            }
        }
        return new Dictionary<string, List<(string? Value, int Count)>>
        {
            ["DdcMainClass"] = Counted(mainClasses, i => i == 0 ? null : catalogue.MainClasses.Texts[i - 1]),
            ["Language"] = Counted(languages, i => i == 0 ? null : catalogue.Languages.Texts[i - 1]),
            ["Year"] = [.. years.Select(y => (y.Key == MemoryCatalogue.NoYear ? null : y.Key.ToString(CultureInfo.InvariantCulture), y.Value))],
            ["Availability"] = [.. new[] { ("Available", available), ("Unavailable", unavailable), ("NoCopies", noCopies) }
                .Where(a => a.Item2 > 0).Select(a => ((string?)a.Item1, a.Item2))],
            ["SiteId"] = Counted(sites, i => catalogue.Sites[i].ToString()),
            ["ItemType"] = Counted(itemTypes, i => catalogue.ItemTypes.Texts[i]),
        };
    }

    /// <summary>A record with several holdings at one site (or of one type) counts once there.</summary>
    private static bool Seen(Span<int> seen, ref int count, int value)
    {
        for (var i = 0; i < count; i++)
            if (seen[i] == value) return true;
        if (count < seen.Length) seen[count++] = value;
        return false;
    }

    private static List<(string? Value, int Count)> Counted(int[] counts, Func<int, string?> value) =>
        [.. counts.Select((count, i) => (i, count)).Where(c => c.count > 0).Select(c => (value(c.i), c.count))];

    /// <summary>
    /// The page of the ranking (score descending, newer record first). Scores are small whole numbers, so the
    /// cut-off score of the page's last place is found by counting, and only records at or above it are sorted.
    /// </summary>
    private static List<(long DocNo, int Score)> Rank(MemoryCatalogue catalogue, SearchPlan plan, int[] matched)
    {
        var wanted = plan.Skip + plan.Take;
        if (plan.Skip >= matched.Length) return [];
        if (plan.Terms.Count == 0)
            return [.. Enumerable.Reverse(matched).Skip(plan.Skip).Take(plan.Take).Select(doc => ((long)doc, 0))];
        var scores = new int[matched.Length];
        var words = plan.Terms.SelectMany(t => t.Words).ToList();
        foreach (var folded in words.Select(w => w.Folded).Distinct())
        {
            var word = catalogue.WordNumber(folded);
            if (word < 0) continue;
            var marked = words.Where(w => w.Folded == folded && VietnameseText.HasMarks(w)).Select(w => catalogue.FormOf(word, w.Exact))
                .Where(f => f >= 0).Distinct().ToList();
            var weight = new Weight(catalogue, word, marked);
            var (docs, infos, count) = catalogue.PostingsOf(word);
            if (matched.Length * 16L < count)
            {
                for (var i = 0; i < matched.Length; i++)
                {
                    var at = Array.BinarySearch(docs, 0, count, matched[i]);
                    if (at >= 0) scores[i] += weight.Of(matched[i], infos[at]);
                }
            }
            else
            {
                for (int i = 0, p = 0; i < matched.Length && p < count;)
                {
                    if (docs[p] < matched[i]) p++;
                    else if (docs[p] > matched[i]) i++;
                    else { scores[i] += weight.Of(matched[i], infos[p]); i++; p++; }
                }
            }
        }
        var histogram = new int[scores.Length == 0 ? 1 : scores.Max() + 2];
        foreach (var score in scores) histogram[score]++;
        var cut = histogram.Length - 1;
        for (var above = 0; cut > 0 && above + histogram[cut] < wanted; cut--) above += histogram[cut];
        var atCut = wanted - Enumerable.Range(cut + 1, histogram.Length - cut - 1).Sum(s => histogram[s]);
        var page = new List<(long DocNo, int Score)>(wanted);
        for (var i = matched.Length - 1; i >= 0; i--)
        {
            if (scores[i] > cut) page.Add((matched[i], scores[i]));
            else if (scores[i] == cut && atCut-- > 0) page.Add((matched[i], scores[i]));
        }
        return [.. page.OrderByDescending(r => r.Score).ThenByDescending(r => r.DocNo).Skip(plan.Skip).Take(plan.Take)];
    }

    /// <summary>
    /// A word's best place in a record, as the SQL ranks it: a form typed with marks in the title 14, elsewhere 11,
    /// else title 4, any other field 1. Rare forms share one bit, so for them the record's own words decide.
    /// </summary>
    private readonly struct Weight(MemoryCatalogue catalogue, int word, List<int> marked)
    {
        private readonly uint _common = marked.Where(f => f < MemoryPosting.FormBits).Aggregate(0u, (m, f) => m | MemoryPosting.FormBit(f));
        private readonly bool _rare = marked.Any(f => f >= MemoryPosting.FormBits);

        public int Of(int doc, uint info)
        {
            const int exact = SqlSearchEngine.ExactBonus;
            const int title = SqlSearchEngine.TitleWeight;
            if ((MemoryPosting.TitleForms(info) & _common) != 0 || (_rare && (MemoryPosting.TitleForms(info) & MemoryPosting.OtherForms) != 0 && RareIn(doc, titleOnly: true)))
                return exact + title;
            if ((MemoryPosting.AnyForms(info) & _common) != 0 || (_rare && (MemoryPosting.AnyForms(info) & MemoryPosting.OtherForms) != 0 && RareIn(doc, titleOnly: false)))
                return exact + 1;
            return (MemoryPosting.Fields(info) & MemoryPosting.FieldBit((int)SearchField.Title)) != 0 ? title : 1;
        }

        private bool RareIn(int doc, bool titleOnly)
        {
            foreach (var token in catalogue.TokensOf(doc))
                if (MemoryToken.Word(token) == word && MemoryToken.Form(token) >= MemoryPosting.FormBits && marked.Contains(MemoryToken.Form(token))
                    && (!titleOnly || MemoryToken.Field(token) == (int)SearchField.Title))
                    return true;
            return false;
        }
    }

    private static int[] Intersect(int[] a, int[] b) => Intersect(a, b, b.Length);

    /// <summary>Sorted sets intersected; a small set against a long list looks each of its members up.</summary>
    private static int[] Intersect(int[] a, int[] b, int bCount)
    {
        var result = new List<int>(Math.Min(a.Length, bCount));
        if (a.Length * 16L < bCount)
        {
            foreach (var doc in a)
                if (Array.BinarySearch(b, 0, bCount, doc) >= 0) result.Add(doc);
            return [.. result];
        }
        if (bCount * 16L < a.Length)
        {
            for (var i = 0; i < bCount; i++)
                if (Array.BinarySearch(a, b[i]) >= 0) result.Add(b[i]);
            return [.. result];
        }
        for (int i = 0, j = 0; i < a.Length && j < bCount;)
        {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else { result.Add(a[i]); i++; j++; }
        }
        return [.. result];
    }

    private static int[] Union(int[] a, int[] b)
    {
        var result = new List<int>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (j >= b.Length || (i < a.Length && a[i] < b[j])) result.Add(a[i++]);
            else if (i >= a.Length || b[j] < a[i]) result.Add(b[j++]);
            else { result.Add(a[i++]); j++; }
        }
        return [.. result];
    }
}
