using LibraryIls.Organization.Contracts;

namespace LibraryIls.Catalog.Contracts;

/// <summary>Names of the read views Catalog publishes; they only gain columns, a breaking change is a _v2.</summary>
public static class CatalogViews
{
    public const string CopiesV1 = "rpt_catalog_copies_v1";
    public const string RecordsV1 = "rpt_catalog_records_v1";
}

/// <summary>A row of rpt_catalog_copies_v1: one physical copy, with what the ministry's holdings figures group by.</summary>
public sealed record CatalogCopyRowV1(
    Guid CopyId,
    string RegistrationNumber,
    Guid RecordId,
    Guid SiteId,
    SiteLevel SiteLevel,
    CopyLocation Location,
    string ItemType,
    string? DdcMainClass,
    DateOnly AcquiredOn,
    AcquisitionSource Source,
    decimal? Price,
    CopyStatus Status);

/// <summary>A row of rpt_catalog_records_v1: one bibliographic record (a title, "tên" in the figures).</summary>
public sealed record CatalogRecordRowV1(
    Guid RecordId,
    string Title,
    string? Publisher,
    int? Year,
    string? Language,
    string? DdcClass,
    string? DdcMainClass,
    bool IsLocalStudies,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>
/// A row of rpt_opac_accesses_v1: one online access (lượt truy cập) to the OPAC. Kind is "Search" or
/// "RecordView"; SiteId is the site the reader chose or the record's copies were filtered by, when known.
/// No personal data: no reader, no IP address, no query text.
/// </summary>
public sealed record OpacAccessRowV1(
    long AccessId,
    string Kind,
    DateTime OccurredAtUtc,
    Guid? SiteId)
{
    public const string ViewName = "rpt_opac_accesses_v1";
}
