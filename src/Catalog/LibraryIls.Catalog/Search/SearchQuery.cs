using System.Text;

namespace LibraryIls.Catalog.Search;

/// <summary>A word or a quoted phrase, to be found in the given fields (all when none are given).</summary>
internal sealed record SearchTerm(IReadOnlyList<SearchWord> Words, IReadOnlyList<SearchField> Fields);

/// <summary>
/// What the reader typed: groups joined by OR, each group's terms joined by AND (AND binds tighter, as in
/// Koha's simple search). "truyện kiều" OR "chí phèo" nguyễn → ("truyện kiều") OR ("chí phèo" AND nguyễn).
/// </summary>
internal sealed record SearchExpression(IReadOnlyList<IReadOnlyList<SearchTerm>> AnyOf)
{
    public bool IsEmpty => AnyOf.Count == 0;

    public IEnumerable<SearchTerm> Terms => AnyOf.SelectMany(all => all);

    public static SearchExpression Parse(string? text, params SearchField[] fields)
    {
        var groups = new List<IReadOnlyList<SearchTerm>>();
        var current = new List<SearchTerm>();
        foreach (var (chunk, quoted) in Chunks(text ?? ""))
        {
            if (!quoted && chunk is "OR" or "HOẶC" or "||")
            {
                if (current.Count > 0) groups.Add(current);
                current = [];
                continue;
            }
            if (!quoted && chunk is "AND" or "VÀ" or "&&") continue;
            var words = VietnameseText.Words(chunk).ToList();
            if (words.Count > 0) current.Add(new SearchTerm(words, fields));
        }
        if (current.Count > 0) groups.Add(current);
        return new SearchExpression(groups);
    }

    /// <summary>Whitespace-separated chunks; text in double quotes (straight or typographic) is one chunk.</summary>
    private static IEnumerable<(string Text, bool Quoted)> Chunks(string text)
    {
        var buffer = new StringBuilder();
        var quoted = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (c is '"' or '“' or '”')
            {
                if (buffer.Length > 0) yield return (buffer.ToString(), quoted);
                buffer.Clear();
                quoted = !quoted;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (buffer.Length > 0) yield return (buffer.ToString(), false);
                buffer.Clear();
            }
            else buffer.Append(c);
        }
        if (buffer.Length > 0) yield return (buffer.ToString(), quoted);
    }
}
