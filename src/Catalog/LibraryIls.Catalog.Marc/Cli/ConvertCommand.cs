namespace LibraryIls.Catalog.Marc;

/// <summary>marc convert: any readable format to any writable one, record by record.</summary>
internal static class ConvertCommand
{
    public static int Run(CommandArguments arguments, Stream stdin, Stream stdout, TextWriter stderr)
    {
        if (arguments.Files.Count != 2)
        {
            throw new UsageException("convert needs IN and OUT");
        }

        var to = arguments.Format("--to") ?? throw new UsageException("convert needs --to");
        var output = arguments.Files[1];
        var refused = 0;
        using var reader = MarcCommandLine.OpenInput(arguments, arguments.Files[0], stdin);
        using (var writer = MarcFiles.OpenWriter(
            output == "-" ? stdout : new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1),
            to,
            leaveOpen: output == "-"))
        {
            foreach (var record in RecordPipeline.ReadAhead(reader))
            {
                MarcCommandLine.ReportRepairs(record, stderr);
                try
                {
                    writer.Write(record);
                }
                catch (MarcWriteException ex)
                {
                    refused++;
                    stderr.WriteLine($"record {record.Index} @{record.ByteOffset} {record.ControlNumber}: error: {ex.MessageVi} / {ex.MessageEn}");
                }
            }
        }

        MarcCommandLine.ReportFileIssues(reader, stderr);
        return refused > 0 || reader.FileIssues.Any(i => i.Severity == IssueSeverity.Error) ? 1 : 0;
    }
}
