namespace LibraryIls.Catalog.Marc;

/// <summary>marc validate: one report line per record, then its errors and warnings.</summary>
internal static class ValidateCommand
{
    public static int Run(CommandArguments arguments, Stream stdin, Stream stdout, TextWriter stderr)
    {
        if (arguments.Files.Count != 1)
        {
            throw new UsageException("validate needs IN");
        }

        var validator = new MarcValidator();
        int records = 0, withErrors = 0;
        using var report = new StreamWriter(stdout, new System.Text.UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        using var reader = MarcCommandLine.OpenInput(arguments, arguments.Files[0], stdin);
        foreach (var record in reader)
        {
            records++;
            var result = validator.Validate(record);
            var issues = record.Issues.Concat(result.Issues).ToList();
            var errors = issues.Count(i => i.Severity == IssueSeverity.Error);
            withErrors += errors > 0 ? 1 : 0;
            report.WriteLine($"record {record.Index} @{record.ByteOffset} 001={record.ControlNumber ?? "-"}: {(errors > 0 ? "ERROR" : "ok")} ({errors} errors, {issues.Count - errors} warnings)");
            foreach (var issue in issues)
            {
                report.WriteLine($"  {issue}");
            }
        }

        foreach (var issue in reader.FileIssues)
        {
            report.WriteLine($"file @{issue.ByteOffset}: {issue}");
        }

        var fileErrors = reader.FileIssues.Count(i => i.Severity == IssueSeverity.Error);
        report.WriteLine($"{records} records, {withErrors} with errors, {fileErrors} file-level errors");
        return withErrors > 0 || fileErrors > 0 ? 1 : 0;
    }
}
