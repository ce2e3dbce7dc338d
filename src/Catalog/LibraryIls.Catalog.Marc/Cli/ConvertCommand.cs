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
            if (reader is Iso2709Reader { TrustsItsBytes: true } iso && writer is MarcXmlWriter xml)
            {
                refused += ConvertVerbatim(iso, xml, stderr);
            }
            else
            {
                refused += Convert(reader, writer, stderr);
            }
        }

        MarcCommandLine.ReportFileIssues(reader, stderr);
        return refused > 0 || reader.FileIssues.Any(i => i.Severity == IssueSeverity.Error) ? 1 : 0;
    }

    /// <summary>ISO 2709 to MARCXML, the bulk export: clean records are copied from their bytes, the rest decoded.</summary>
    private static int ConvertVerbatim(Iso2709Reader reader, MarcXmlWriter writer, TextWriter stderr)
    {
        var refused = 0;
        while (reader.NextFrame(out var start, out var length, out var index, out var offset))
        {
            if (reader.FrameWasClean && writer.TryWriteVerbatim(reader.Frame(start, length)))
            {
                continue;
            }

            refused += Write(reader.ParseFrame(start, length, index, offset), writer, stderr);
        }

        return refused;
    }

    private static int Convert(IMarcReader reader, IMarcWriter writer, TextWriter stderr)
    {
        var refused = 0;
        foreach (var record in RecordPipeline.ReadAhead(reader))
        {
            refused += Write(record, writer, stderr);
        }

        return refused;
    }

    private static int Write(MarcRecord record, IMarcWriter writer, TextWriter stderr)
    {
        MarcCommandLine.ReportRepairs(record, stderr);
        try
        {
            writer.Write(record);
            return 0;
        }
        catch (MarcWriteException ex)
        {
            stderr.WriteLine($"record {record.Index} @{record.ByteOffset} {record.ControlNumber}: error: {ex.MessageVi} / {ex.MessageEn}");
            return 1;
        }
    }
}
