namespace LibraryIls.Testing.ReportingData;

/// <summary>A site of the network the generated year happens in (as the sites view publishes it).</summary>
public sealed record GeneratedSite(Guid Id, string Code, string Level, string Kind, string? PointKind, bool IsRural)
{
    public bool IsLibrary => Kind is "Library" or "Branch" or "ReadingRoom";
}
