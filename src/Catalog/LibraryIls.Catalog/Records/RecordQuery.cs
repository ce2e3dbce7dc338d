using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Headings;

namespace LibraryIls.Catalog.Records;

/// <summary>The record list's filters, shared by the list and the MARC export of "a query's result".</summary>
internal sealed record RecordQuery(string? Q, string? Author, string? Subject, string? Isbn, string? Ddc, bool? LocalStudies)
{
    public IQueryable<BibliographicRecord> Apply(CatalogDbContext db, IQueryable<BibliographicRecord> query)
    {
        if (!string.IsNullOrWhiteSpace(Q)) query = query.Where(r => r.Title.ToLower().Contains(HeadingKey.Of(Q)));
        if (!string.IsNullOrWhiteSpace(Author)) query = WithHeading(db, query, HeadingKind.Author, HeadingKey.Of(Author));
        if (!string.IsNullOrWhiteSpace(Subject)) query = WithHeading(db, query, HeadingKind.Subject, HeadingKey.Of(Subject));
        if (!string.IsNullOrWhiteSpace(Isbn)) query = WithHeading(db, query, HeadingKind.Isbn, RecordFields.Isbn(Isbn));
        if (!string.IsNullOrWhiteSpace(Ddc)) query = query.Where(r => r.DdcClass != null && r.DdcClass.StartsWith(Ddc.Trim()));
        if (LocalStudies is not null) query = query.Where(r => r.IsLocalStudies == LocalStudies);
        return query;
    }

    private static IQueryable<BibliographicRecord> WithHeading(CatalogDbContext db, IQueryable<BibliographicRecord> query, HeadingKind kind, string key) =>
        query.Where(r => db.Headings.Any(h => h.RecordId == r.Id && h.Kind == kind && h.Key == key));
}
