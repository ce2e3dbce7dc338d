using LibraryIls.Catalog.Contracts;
using LibraryIls.Circulation.Contracts;
using LibraryIls.Patrons.Contracts;
using static LibraryIls.Testing.ReportingData.ColumnKind;

namespace LibraryIls.Testing.ReportingData;

/// <summary>Where the rows of one published view come from: it writes them into the owning module's table.</summary>
public interface IViewRowWriter<in TRow>
{
    Task<long> WriteAsync(BulkTableWriter db, IEnumerable<TRow> rows, CancellationToken ct = default);
}

/// <summary>rpt_circulation_events_v1 ← circulation.cir_events (the id is the table's identity).</summary>
public sealed class CirculationEventsWriter : IViewRowWriter<CirculationEventRowV1>
{
    public Task<long> WriteAsync(BulkTableWriter db, IEnumerable<CirculationEventRowV1> rows, CancellationToken ct = default) =>
        db.WriteAsync("circulation", "cir_events",
            [new("Kind", Text), new("OccurredAt", Instant), new("SiteId", ColumnKind.Guid), new("SiteLevel", Text), new("CopyId", ColumnKind.Guid),
             new("ItemType", Text), new("DdcMainClass", Text), new("ReaderCategory", Text), new("Count", Int)],
            rows, r => [r.Kind, r.OccurredAtUtc, r.SiteId, r.SiteLevel, r.CopyId, r.ItemType, r.DdcMainClass, r.ReaderCategory, r.Count], ct);
}

/// <summary>rpt_patrons_visits_v1 ← patrons.pat_visits (the view sums a day's rows per site and category).</summary>
public sealed class VisitsWriter : IViewRowWriter<VisitRowV1>
{
    public Task<long> WriteAsync(BulkTableWriter db, IEnumerable<VisitRowV1> rows, CancellationToken ct = default) =>
        db.WriteAsync("patrons", "pat_visits",
            [new("Id", ColumnKind.Guid), new("VisitDate", Day), new("RecordedAtUtc", Instant), new("SiteId", ColumnKind.Guid), new("SiteCode", Text),
             new("SiteLevel", Text), new("IsRural", Bool), new("CategoryCode", Text), new("Count", Int), new("Source", Text)],
            rows, r => [System.Guid.CreateVersion7(), r.Date, r.Date.ToDateTime(new TimeOnly(5, 0), DateTimeKind.Utc), r.SiteId, r.SiteCode,
                r.SiteLevel, r.IsRural, r.CategoryCode, (int)r.Count, r.CategoryCode is null ? "SessionCount" : "CardScan"], ct);
}

/// <summary>rpt_patrons_cards_v1 ← patrons.pat_card_events.</summary>
public sealed class CardEventsWriter : IViewRowWriter<CardEventRowV1>
{
    public Task<long> WriteAsync(BulkTableWriter db, IEnumerable<CardEventRowV1> rows, CancellationToken ct = default) =>
        db.WriteAsync("patrons", "pat_card_events",
            [new("Id", ColumnKind.Guid), new("Kind", Text), new("EventDate", Day), new("OccurredAtUtc", Instant), new("SiteId", ColumnKind.Guid),
             new("SiteCode", Text), new("SiteLevel", Text), new("IsRural", Bool), new("CategoryCode", Text)],
            rows, r => [r.EventId, r.Kind, r.Date, r.OccurredAtUtc, r.SiteId, r.SiteCode, r.SiteLevel, r.IsRural, r.CategoryCode], ct);
}

/// <summary>rpt_catalog_records_v1 ← catalog.cat_records (an empty MARC record: only the view's columns matter here).</summary>
public sealed class CatalogRecordsWriter : IViewRowWriter<CatalogRecordRowV1>
{
    public Task<long> WriteAsync(BulkTableWriter db, IEnumerable<CatalogRecordRowV1> rows, CancellationToken ct = default) =>
        db.WriteAsync("catalog", "cat_records",
            [new("Id", ColumnKind.Guid), new("Marc", Text), new("Version", Int), new("Title", Text), new("Publisher", Text), new("Year", Int),
             new("Language", Text), new("DdcClass", Text), new("DdcMainClass", Text), new("IsLocalStudies", Bool), new("CreatedAt", InstantOffset),
             new("CreatedBy", Text), new("UpdatedAt", InstantOffset), new("UpdatedBy", Text)],
            rows, r => [r.RecordId, "{}", 1, r.Title, r.Publisher, r.Year, r.Language, r.DdcClass, r.DdcMainClass, r.IsLocalStudies,
                r.CreatedAt.UtcDateTime, "generator", r.UpdatedAt.UtcDateTime, "generator"], ct);
}

/// <summary>rpt_catalog_copies_v1 ← catalog.cat_copies (DdcMainClass comes from the record through the view).</summary>
public sealed class CatalogCopiesWriter : IViewRowWriter<CatalogCopyRowV1>
{
    public Task<long> WriteAsync(BulkTableWriter db, IEnumerable<CatalogCopyRowV1> rows, CancellationToken ct = default) =>
        db.WriteAsync("catalog", "cat_copies",
            [new("Id", ColumnKind.Guid), new("RecordId", ColumnKind.Guid), new("RegistrationNumber", Text), new("SiteId", ColumnKind.Guid),
             new("SiteLevel", Text), new("Location", Text), new("ItemType", Text), new("CallNumber", Text), new("ShelfKey", Text),
             new("Price", Money), new("AcquiredOn", Day), new("Source", Text), new("Status", Text), new("Version", Int), new("CreatedAt", InstantOffset)],
            rows, r => [r.CopyId, r.RecordId, r.RegistrationNumber, r.SiteId, r.SiteLevel.ToString(), r.Location.ToString(), r.ItemType,
                "000", "000", r.Price, r.AcquiredOn, r.Source.ToString(), r.Status.ToString(), 1, r.AcquiredOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)], ct);
}
