using System.Buffers;

namespace LibraryIls.Catalog.Search.Memory;

/// <summary>
/// Answers a <see cref="SearchPlan"/> from the <see cref="MemoryCatalogue"/> exactly as <see cref="SqlSearchEngine"/>
/// does: posting lists intersected (AND) and merged (OR), the filters by scanning the matches over the record
/// columns, the facets counted by <see cref="MemoryFacets"/>, and the page of the ranking picked by counting scores
/// instead of sorting every match. The sets in between are pooled buffers (<see cref="MemoryDocs"/>), given back at the end.
/// </summary>
internal static class MemoryQuery
{
    public static SearchOutcome Run(MemoryCatalogue catalogue, SearchPlan plan)
    {
        var shelves = new MemoryShelfView(catalogue, plan);
        using var matched = Filter(catalogue, plan, shelves, Match(catalogue, plan));
        var facets = plan.Request.Facets ? MemoryFacets.Count(catalogue, shelves, matched.Span) : [];
        return new SearchOutcome(matched.Count, facets, Rank(catalogue, plan, matched));
    }

    private static MemoryDocs? Match(MemoryCatalogue catalogue, SearchPlan plan)
    {
        MemoryDocs? all = null;
        foreach (var expression in plan.Expressions)
        {
            MemoryDocs? any = null;
            foreach (var group in expression.AnyOf)
            {
                MemoryDocs? every = null;
                foreach (var term in group.OrderBy(t => Estimate(catalogue, t)))
                {
                    every = every is null ? Holding(catalogue, term) : Intersect(every, Holding(catalogue, term));
                    if (every.Count == 0) break;
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
    private static MemoryDocs Holding(MemoryCatalogue catalogue, SearchTerm term)
    {
        var fields = term.Fields.Aggregate(0u, (mask, f) => mask | MemoryPosting.FieldBit((int)f));
        var words = term.Words.Select(w => catalogue.WordNumber(w.Folded)).ToArray();
        if (words.Any(w => w < 0)) return MemoryDocs.Lent([], 0);
        var (docs, infos, count) = catalogue.PostingsOf(words[0]);
        var set = MemoryDocs.Lent(docs, count);
        if (fields != 0)
        {
            set = MemoryDocs.Buffer(count);
            for (var i = 0; i < count; i++)
                if ((MemoryPosting.Fields(infos[i]) & fields) != 0) set.Add(docs[i]);
        }
        for (var w = 1; w < words.Length && set.Count > 0; w++)
        {
            var (more, _, moreCount) = catalogue.PostingsOf(words[w]);
            set = Intersect(set, MemoryDocs.Lent(more, moreCount));
        }
        if (words.Length == 1) return set;
        using var candidates = set;
        var phrases = MemoryDocs.Buffer(candidates.Count);
        foreach (var doc in candidates.Span)
            if (HasPhrase(catalogue.TokensOf(doc), words, fields)) phrases.Add(doc);
        return phrases;
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

    /// <summary>The record-level and copy-level filters; with no words asked, every record. The candidates are given back.</summary>
    private static MemoryDocs Filter(MemoryCatalogue catalogue, SearchPlan plan, MemoryShelfView shelves, MemoryDocs? candidates)
    {
        var request = plan.Request;
        var language = plan.Language is { } l ? catalogue.Languages.Find(l) : -1;
        var byHoldings = plan.Site is not null || plan.ItemType is not null;
        var byRecord = plan.Ddc is not null || request.YearFrom is not null || request.YearTo is not null || plan.Language is not null
                       || request.LocalStudies is not null || byHoldings || request.Available is not null;
        var count = candidates?.Count ?? catalogue.DocumentLimit;
        var result = MemoryDocs.Buffer(count);
        for (var i = 0; i < count; i++)
        {
            var doc = candidates?[i] ?? i;
            if (!catalogue.IsSearchable(doc)) continue;
            if (byRecord && !Passes(catalogue, plan, shelves, doc, language, byHoldings)) continue;
            result.Add(doc);
        }
        candidates?.Dispose();
        return result;
    }

    private static bool Passes(MemoryCatalogue catalogue, SearchPlan plan, MemoryShelfView shelves, int doc, int language, bool byHoldings)
    {
        var request = plan.Request;
        if (plan.Ddc is { } range && !(catalogue.DdcValues[doc] >= range.From && catalogue.DdcValues[doc] < range.Before)) return false;
        var year = catalogue.YearOf[doc];
        if (request.YearFrom is { } from && (year == MemoryCatalogue.NoYear || year < from)) return false;
        if (request.YearTo is { } to && (year == MemoryCatalogue.NoYear || year > to)) return false;
        if (plan.Language is not null && catalogue.LanguageOf[doc] != language) return false;
        if (request.LocalStudies is { } local && catalogue.IsLocalStudies(doc) != local) return false;
        var shelf = catalogue.ShelfOf[doc];
        if (byHoldings && !shelves.Any[shelf]) return false;
        return request.Available is not { } wanted || shelves.OnShelf[shelf] == wanted;
    }

    /// <summary>
    /// The page of the ranking (score descending, newer record first). Scores are small whole numbers, so the
    /// cut-off score of the page's last place is found by counting, and only records at or above it are sorted.
    /// </summary>
    private static List<(long DocNo, int Score)> Rank(MemoryCatalogue catalogue, SearchPlan plan, MemoryDocs matched)
    {
        var wanted = plan.Skip + plan.Take;
        if (plan.Skip >= matched.Count) return [];
        if (plan.Terms.Count == 0)
            return [.. Enumerable.Range(0, plan.Take).Select(i => matched.Count - 1 - plan.Skip - i).TakeWhile(i => i >= 0).Select(i => ((long)matched[i], 0))];
        var pooled = ArrayPool<int>.Shared.Rent(Math.Max(1, matched.Count));
        var scores = pooled.AsSpan(0, matched.Count);
        scores.Clear();
        var words = plan.Terms.SelectMany(t => t.Words).ToList();
        foreach (var folded in words.Select(w => w.Folded).Distinct())
        {
            var word = catalogue.WordNumber(folded);
            if (word < 0) continue;
            var marked = words.Where(w => w.Folded == folded && VietnameseText.HasMarks(w)).Select(w => catalogue.FormOf(word, w.Exact))
                .Where(f => f >= 0).Distinct().ToList();
            var weight = new Weight(catalogue, word, marked);
            var (docs, infos, count) = catalogue.PostingsOf(word);
            if (matched.Count * 16L < count)
            {
                for (var i = 0; i < matched.Count; i++)
                {
                    var at = Array.BinarySearch(docs, 0, count, matched[i]);
                    if (at >= 0) scores[i] += weight.Of(matched[i], infos[at]);
                }
            }
            else
            {
                for (int i = 0, p = 0; i < matched.Count && p < count;)
                {
                    if (docs[p] < matched[i]) p++;
                    else if (docs[p] > matched[i]) i++;
                    else { scores[i] += weight.Of(matched[i], infos[p]); i++; p++; }
                }
            }
        }
        var max = 0;
        foreach (var score in scores) max = Math.Max(max, score);
        var histogram = new int[max + 2];
        foreach (var score in scores) histogram[score]++;
        var cut = histogram.Length - 1;
        for (var above = 0; cut > 0 && above + histogram[cut] < wanted; cut--) above += histogram[cut];
        var atCut = wanted - Enumerable.Range(cut + 1, histogram.Length - cut - 1).Sum(s => histogram[s]);
        var page = new List<(long DocNo, int Score)>(wanted);
        for (var i = matched.Count - 1; i >= 0; i--)
        {
            if (scores[i] > cut) page.Add((matched[i], scores[i]));
            else if (scores[i] == cut && atCut-- > 0) page.Add((matched[i], scores[i]));
        }
        ArrayPool<int>.Shared.Return(pooled);
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

    /// <summary>Sorted sets intersected; a small set against a long list looks each of its members up. Both are given back.</summary>
    private static MemoryDocs Intersect(MemoryDocs a, MemoryDocs b)
    {
        using (a)
        using (b)
        {
            var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
            var result = MemoryDocs.Buffer(small.Count);
            if (small.Count * 16L < large.Count)
            {
                foreach (var doc in small.Span)
                    if (System.Array.BinarySearch(large.Array, 0, large.Count, doc) >= 0) result.Add(doc);
                return result;
            }
            ReadOnlySpan<int> x = small.Span, y = large.Span;
            for (int i = 0, j = 0; i < x.Length && j < y.Length;)
            {
                if (x[i] < y[j]) i++;
                else if (x[i] > y[j]) j++;
                else { result.Add(x[i]); i++; j++; }
            }
            return result;
        }
    }

    private static MemoryDocs Union(MemoryDocs a, MemoryDocs b)
    {
        using (a)
        using (b)
        {
            var result = MemoryDocs.Buffer(a.Count + b.Count);
            ReadOnlySpan<int> x = a.Span, y = b.Span;
            int i = 0, j = 0;
            while (i < x.Length || j < y.Length)
            {
                if (j >= y.Length || (i < x.Length && x[i] < y[j])) result.Add(x[i++]);
                else if (i >= x.Length || y[j] < x[i]) result.Add(y[j++]);
                else { result.Add(x[i++]); j++; }
            }
            return result;
        }
    }
}
