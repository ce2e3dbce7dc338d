using LibraryIls.Catalog.Matching;

namespace LibraryIls.Catalog.Imports;

/// <summary>Configuration section Catalog:Imports.</summary>
public sealed class ImportOptions
{
    /// <summary>Where uploaded files wait while their batch is alive; relative to Database:DataFolder.</summary>
    public string Folder { get; set; } = "imports";

    /// <summary>Records per chunk while staging, committing and undoing: a chunk per transaction, except as below.</summary>
    public int ChunkSize { get; set; } = 1000;

    /// <summary>
    /// On SQLite, how many chunks a committing batch may put in one transaction while no other write waits (at the
    /// first that waits, the commit comes after the chunk in hand). Each commit writes every page it changed into the
    /// WAL: fewer commits, fewer pages.
    /// </summary>
    public int ChunksPerTransaction { get; set; } = 8;

    public Dictionary<string, MatchRule> MatchRules { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, CopyMapping> CopyMappings { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per source (EMICLIB …): the registration-number prefix for collisions and the copy mapping.</summary>
    public Dictionary<string, ImportSource> Sources { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public MatchRule Rule(string name)
    {
        if (MatchRules.TryGetValue(name, out var rule) || MatchRule.Defaults().TryGetValue(name, out rule)) return rule;
        throw new BuildingBlocks.Errors.RuleViolationException("MATCH_RULE_NOT_FOUND", new BuildingBlocks.Localization.Bilingual(
            $"Không có quy tắc so khớp '{name}'.", $"No match rule named '{name}'."));
    }

    public CopyMapping Mapping(string name)
    {
        if (CopyMappings.TryGetValue(name, out var mapping) || CopyMapping.Defaults().TryGetValue(name, out mapping)) return mapping;
        throw new BuildingBlocks.Errors.RuleViolationException("COPY_MAPPING_NOT_FOUND", new BuildingBlocks.Localization.Bilingual(
            $"Không có bảng ánh xạ bản sách '{name}'.", $"No copy mapping named '{name}'."));
    }

    /// <summary>The settings as they will run: the source's mapping and prefix filled in where the request left them empty.</summary>
    public ImportSettings Complete(ImportSettings settings)
    {
        var source = settings.Source.Trim().ToUpperInvariant();
        Sources.TryGetValue(source, out var configured);
        var mapping = settings.CopyMapping is { Length: > 0 } m ? m
            : configured?.CopyMapping is { Length: > 0 } c ? c
            : CopyMappings.ContainsKey(source) || CopyMapping.Defaults().ContainsKey(source) ? source : "koha952";
        Mapping(mapping);
        Rule(settings.MatchRule);
        return settings with
        {
            Source = source,
            SiteCode = settings.SiteCode.Trim(),
            CopyMapping = mapping,
            RegistrationPrefix = settings.RegistrationPrefix is { Length: > 0 } p ? p
                : configured?.RegistrationPrefix is { Length: > 0 } q ? q : source + "-",
        };
    }
}

public sealed class ImportSource
{
    public string? RegistrationPrefix { get; set; }

    public string? CopyMapping { get; set; }
}
