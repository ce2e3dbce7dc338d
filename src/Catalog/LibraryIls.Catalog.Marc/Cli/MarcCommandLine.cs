namespace LibraryIls.Catalog.Marc;

/// <summary>
/// The "marc" command of the Host: convert, validate, stats. Arguments are what follows the word
/// "marc". "-" means stdin/stdout. Exit codes: 0 clean, 1 errors in the data, 2 wrong usage.
/// </summary>
public static class MarcCommandLine
{
    public const string Usage = """
        marc convert [--from iso2709|marcxml] --to iso2709|marcxml|json|line [--strict] [--encoding marc8|utf8|latin1] IN OUT
        marc validate [--strict] [--encoding ...] IN     report per record; exit 0 clean, 1 errors
        marc stats IN                                    records, encodings, tags
        IN/OUT may be '-' for stdin/stdout. Without --from the input format is recognised from its content.
        Reading is lenient unless --strict: repairs are reported as warnings on stderr.
        """;

    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        try
        {
            if (args.Length == 0)
            {
                stderr.WriteLine(Usage);
                return 2;
            }

            var arguments = CommandArguments.Parse(args.Skip(1));
            if (args[0] is "--help" or "-h" or "help" || arguments.Options.ContainsKey("--help") || arguments.Options.ContainsKey("-h"))
            {
                using var help = new StreamWriter(stdout, leaveOpen: true);
                help.WriteLine(Usage);
                return 0;
            }

            return args[0] switch
            {
                "convert" => ConvertCommand.Run(arguments, stdin, stdout, stderr),
                "validate" => ValidateCommand.Run(arguments, stdin, stdout, stderr),
                "stats" => StatsCommand.Run(arguments, stdin, stdout, stderr),
                _ => throw new UsageException($"unknown command {args[0]}"),
            };
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"marc: {ex.Message}");
            stderr.WriteLine(Usage);
            return 2;
        }
        catch (MarcFormatException ex)
        {
            stderr.WriteLine($"marc: error: {ex.Message}");
            return 1;
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"marc: {ex.Message}");
            return 2;
        }
        catch (UnauthorizedAccessException ex)
        {
            stderr.WriteLine($"marc: {ex.Message}");
            return 2;
        }
    }

    internal static IMarcReader OpenInput(CommandArguments arguments, string path, Stream stdin)
    {
        var stream = path == "-" ? stdin : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var leaveOpen = path == "-";
        return arguments.Format("--from") is { } format
            ? MarcFiles.OpenReader(stream, format, arguments.ReadOptions(), leaveOpen)
            : MarcFiles.OpenReader(stream, arguments.ReadOptions(), leaveOpen);
    }

    internal static void ReportRepairs(MarcRecord record, TextWriter stderr)
    {
        foreach (var issue in record.Issues)
        {
            stderr.WriteLine($"record {record.Index} @{record.ByteOffset} {record.ControlNumber}: {issue}");
        }
    }

    internal static void ReportFileIssues(IMarcReader reader, TextWriter stderr)
    {
        foreach (var issue in reader.FileIssues)
        {
            stderr.WriteLine($"record {issue.RecordIndex} @{issue.ByteOffset}: {issue}");
        }
    }
}
