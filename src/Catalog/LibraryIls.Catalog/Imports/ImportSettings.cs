using LibraryIls.Catalog.Contracts;

namespace LibraryIls.Catalog.Imports;

/// <summary>How one batch is read and committed; every field but Source and SiteCode has a default.</summary>
public sealed record ImportSettings
{
    /// <summary>Where the file comes from (EMICLIB, VEBRARY, ILIB, NLV …): names the copy mapping and the number prefix.</summary>
    public string Source { get; init; } = "";

    /// <summary>The site copies go to when their own site is missing or unknown.</summary>
    public string SiteCode { get; init; } = "";

    public CopyLocation Location { get; init; } = CopyLocation.Lending;
    public string MatchRule { get; init; } = "default";
    public MatchAction OnMatch { get; init; } = MatchAction.Merge;
    public NoMatchAction OnNoMatch { get; init; } = NoMatchAction.Add;

    /// <summary>koha952, holdings852, or a mapping configured under Catalog:Imports:CopyMappings; empty = the source's own or koha952.</summary>
    public string CopyMapping { get; init; } = "";

    /// <summary>Put in front of a registration number already used here; empty = the source's configured prefix or "SOURCE-".</summary>
    public string RegistrationPrefix { get; init; } = "";

    public LegacyEncodingMode LegacyEncoding { get; init; } = LegacyEncodingMode.Auto;

    /// <summary>Commit as soon as staging ends (the command line's default), instead of waiting for a cataloguer.</summary>
    public bool Commit { get; init; }

    /// <summary>Reject records with errors under the cataloguing rules (default: import them, errors listed on the staged record).</summary>
    public bool RejectInvalid { get; init; }
}
