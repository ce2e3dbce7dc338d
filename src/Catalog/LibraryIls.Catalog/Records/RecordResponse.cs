using System.Text.Json;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Catalog.Marc;

namespace LibraryIls.Catalog.Records;

/// <summary>A record as JSON: what was read out of the MARC, the MARC itself (MARC-in-JSON) and the validator's warnings.</summary>
public sealed record RecordResponse(
    Guid Id,
    int Version,
    string Title,
    string? Responsibility,
    string? MainEntry,
    string? Publisher,
    int? Year,
    string? Language,
    string? DdcClass,
    string? DdcMainClass,
    bool IsLocalStudies,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Subjects,
    IReadOnlyList<string> Isbns,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    JsonElement Marc,
    IReadOnlyList<RecordWarning> Warnings)
{
    internal static RecordResponse From(BibliographicRecord r, IReadOnlyList<MarcIssue>? warnings = null)
    {
        var marc = r.ToMarc();
        var fields = RecordFields.From(marc);
        return new(r.Id, r.Version, r.Title, r.Responsibility, r.MainEntry, r.Publisher, r.Year, r.Language, r.DdcClass,
            r.DdcMainClass, r.IsLocalStudies, fields.Authors, fields.Subjects, fields.Isbns, r.CreatedAt, r.CreatedBy,
            r.UpdatedAt, r.UpdatedBy, MarcJson.ToElement(marc),
            [.. (warnings ?? []).Select(w => new RecordWarning(w.Code, w.Where, new Bilingual(w.MessageVi, w.MessageEn).Current))]);
    }
}

public sealed record RecordWarning(string Code, string Where, string Message);

/// <summary>A line of a record list.</summary>
public sealed record RecordSummary(
    Guid Id, int Version, string Title, string? MainEntry, string? Publisher, int? Year, string? DdcClass, bool IsLocalStudies)
{
    internal static RecordSummary From(BibliographicRecord r) =>
        new(r.Id, r.Version, r.Title, r.MainEntry, r.Publisher, r.Year, r.DdcClass, r.IsLocalStudies);
}

/// <summary>One entry of a record's history.</summary>
public sealed record RecordVersionResponse(int Version, string Kind, DateTimeOffset ChangedAt, string ChangedBy, IReadOnlyList<string> ChangedTags)
{
    internal static RecordVersionResponse From(RecordVersion v) =>
        new(v.Version, v.Kind.ToString(), v.ChangedAt, v.ChangedBy, v.ChangedTags.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>A heading with how many records carry it: the author and subject facets.</summary>
public sealed record HeadingCount(string Heading, string Key, int Records);
