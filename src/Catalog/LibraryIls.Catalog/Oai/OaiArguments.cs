using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace LibraryIls.Catalog.Oai;

/// <summary>The request's arguments (GET query or POST form), checked against what its verb allows (protocol 3.1).</summary>
internal sealed class OaiArguments
{
    private static readonly Dictionary<string, (string[] Required, string[] Optional, string? Exclusive)> Verbs = new()
    {
        ["Identify"] = ([], [], null),
        ["ListMetadataFormats"] = ([], ["identifier"], null),
        ["ListSets"] = ([], [], "resumptionToken"),
        ["ListIdentifiers"] = (["metadataPrefix"], ["from", "until", "set"], "resumptionToken"),
        ["ListRecords"] = (["metadataPrefix"], ["from", "until", "set"], "resumptionToken"),
        ["GetRecord"] = (["identifier", "metadataPrefix"], [], null),
    };

    private readonly Dictionary<string, string> _values;

    private OaiArguments(string verb, Dictionary<string, string> values)
    {
        Verb = verb;
        _values = values;
    }

    public string Verb { get; }

    public IReadOnlyDictionary<string, string> Values => _values;

    public string? this[string name] => _values.GetValueOrDefault(name);

    public static async Task<OaiArguments> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var pairs = request.Query.Select(q => (q.Key, q.Value)).ToList();
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
            pairs.AddRange((await request.ReadFormAsync(ct)).Select(f => (f.Key, f.Value)));
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            if (value.Count != 1 || !values.TryAdd(key, value[0] ?? ""))
                throw OaiError.BadArgument($"The argument '{key}' is repeated.");
        }
        if (!values.Remove("verb", out var verb)) throw new OaiError("badVerb", "The request has no verb.");
        if (!Verbs.TryGetValue(verb, out var rule)) throw new OaiError("badVerb", $"'{verb}' is not an OAI-PMH verb.");
        foreach (var key in values.Keys)
            if (!rule.Required.Contains(key) && !rule.Optional.Contains(key) && key != rule.Exclusive)
                throw OaiError.BadArgument($"'{key}' is not an argument of {verb}.");
        if (rule.Exclusive is { } exclusive && values.ContainsKey(exclusive))
        {
            if (values.Count > 1) throw OaiError.BadArgument($"{exclusive} must be the only argument besides the verb.");
        }
        else
        {
            foreach (var required in rule.Required)
                if (!values.ContainsKey(required)) throw OaiError.BadArgument($"{verb} needs the argument '{required}'.");
        }
        return new OaiArguments(verb, values);
    }

    /// <summary>from/until as UTC instants: a day (YYYY-MM-DD) or a second (YYYY-MM-DDThh:mm:ssZ), both the same granularity.</summary>
    public (DateTime From, DateTime Before) Window()
    {
        var from = Instant(this["from"], "from");
        var until = Instant(this["until"], "until");
        if (from is not null && until is not null && from.Value.Day != until.Value.Day)
            throw OaiError.BadArgument("from and until must have the same granularity.");
        var start = from?.Value ?? DateTime.MinValue;
        var before = until is { } u ? u.Value.Add(u.Day ? TimeSpan.FromDays(1) : TimeSpan.FromSeconds(1)) : DateTime.MaxValue;
        if (before <= start) throw OaiError.BadArgument("until is earlier than from.");
        return (DateTime.SpecifyKind(start, DateTimeKind.Utc), DateTime.SpecifyKind(before, DateTimeKind.Utc));
    }

    private static (DateTime Value, bool Day)? Instant(string? text, string name)
    {
        if (text is null) return null;
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var day))
            return (day, true);
        if (DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var second))
            return (second, false);
        throw OaiError.BadArgument($"{name} must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.");
    }
}
