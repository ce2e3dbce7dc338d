namespace LibraryIls.Catalog.Marc;

/// <summary>marc stats: how many records, which encodings (claimed and actual), which tags.</summary>
internal static class StatsCommand
{
    public static int Run(CommandArguments arguments, Stream stdin, Stream stdout, TextWriter stderr)
    {
        if (arguments.Files.Count != 1)
        {
            throw new UsageException("stats needs IN");
        }

        var records = 0;
        var repaired = 0;
        var encodings = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var types = new SortedDictionary<char, int>();
        var tags = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using var reader = MarcCommandLine.OpenInput(arguments, arguments.Files[0], stdin);
        foreach (var record in reader)
        {
            records++;
            repaired += record.Issues.Count > 0 ? 1 : 0;
            var claimed = record.DeclaredCharacterCoding switch { 'a' => "utf-8", ' ' => "marc-8", var other => $"'{other}'" };
            Count(encodings, $"leader/09 {claimed}, bytes {record.SourceEncoding}");
            Count(types, record.Leader.Length > 6 ? record.Leader[6] : '?');
            foreach (var field in record.Fields)
            {
                Count(tags, field.Tag);
            }
        }

        using var report = new StreamWriter(stdout, new System.Text.UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        report.WriteLine($"records: {records}");
        report.WriteLine($"records repaired while reading: {repaired}");
        report.WriteLine($"file-level problems: {reader.FileIssues.Count}");
        foreach (var (encoding, count) in encodings)
        {
            report.WriteLine($"encoding {encoding}: {count}");
        }

        foreach (var (type, count) in types)
        {
            report.WriteLine($"type of record (leader/06) '{type}': {count}");
        }

        foreach (var (tag, count) in tags)
        {
            report.WriteLine($"tag {tag}: {count}");
        }

        return 0;
    }

    private static void Count<TKey>(SortedDictionary<TKey, int> counts, TKey key)
        where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
