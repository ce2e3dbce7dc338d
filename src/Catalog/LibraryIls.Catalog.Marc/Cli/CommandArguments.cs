namespace LibraryIls.Catalog.Marc;

/// <summary>The options and file names after "marc &lt;command&gt;".</summary>
internal sealed class CommandArguments
{
    public Dictionary<string, string?> Options { get; } = new(StringComparer.Ordinal);

    public List<string> Files { get; } = [];

    public bool Strict => Options.ContainsKey("--strict");

    public static CommandArguments Parse(IEnumerable<string> args)
    {
        var parsed = new CommandArguments();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (arg is "--from" or "--to" or "--encoding")
            {
                parsed.Options[arg] = e.MoveNext() ? e.Current : throw new UsageException($"{arg} needs a value");
            }
            else if (arg is "--strict" or "--help" or "-h")
            {
                parsed.Options[arg] = null;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"unknown option {arg}");
            }
            else
            {
                parsed.Files.Add(arg);
            }
        }

        return parsed;
    }

    public MarcReadOptions ReadOptions()
    {
        MarcEncoding? encoding = Options.GetValueOrDefault("--encoding") switch
        {
            null => null,
            "marc8" or "marc-8" => MarcEncoding.Marc8,
            "utf8" or "utf-8" => MarcEncoding.Utf8,
            "latin1" or "iso-8859-1" => MarcEncoding.Latin1,
            var other => throw new UsageException($"unknown encoding {other}"),
        };
        return new MarcReadOptions { Mode = Strict ? MarcReadMode.Strict : MarcReadMode.Lenient, ForceEncoding = encoding };
    }

    public MarcFormat? Format(string option) =>
        Options.GetValueOrDefault(option) is { } name
            ? MarcFiles.ParseFormat(name) ?? throw new UsageException($"unknown format {name}")
            : null;
}
