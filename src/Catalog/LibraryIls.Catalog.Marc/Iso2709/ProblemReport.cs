namespace LibraryIls.Catalog.Marc;

/// <summary>A structural problem: an error in strict mode, a reported repair in lenient mode.</summary>
internal readonly struct ProblemReport(bool strict, int index, long offset, List<MarcIssue> issues)
{
    public void Problem(string code, string vi, string en, string? tag = null)
    {
        if (strict)
        {
            throw new MarcFormatException(en + (tag is null ? "" : $" (tag {tag})"), index, offset);
        }

        issues.Add(Issues.Warn(code, vi, en, tag) with { RecordIndex = index, ByteOffset = offset });
    }
}
