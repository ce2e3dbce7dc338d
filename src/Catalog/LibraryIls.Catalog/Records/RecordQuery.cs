using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Headings;
using LibraryIls.Catalog.Search;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Records;

/// <summary>The record list's filters, shared by the list and the MARC export of "a query's result".</summary>
internal sealed record RecordQuery(string? Q, string? Author, string? Subject, string? Isbn, string? Ddc, bool? LocalStudies)
{
    public IQueryable<BibliographicRecord> Apply(CatalogDbContext db, IQueryable<BibliographicRecord> query)
    {
        if (VietnameseText.Words(Q) is { Count: > 0 } words) query = query.Where(r => WithTitle(db, words).Contains(r.Id));
        if (!string.IsNullOrWhiteSpace(Author)) query = WithHeading(db, query, HeadingKind.Author, HeadingKey.Of(Author));
        if (!string.IsNullOrWhiteSpace(Subject)) query = WithHeading(db, query, HeadingKind.Subject, HeadingKey.Of(Subject));
        if (!string.IsNullOrWhiteSpace(Isbn)) query = WithHeading(db, query, HeadingKind.Isbn, RecordFields.Isbn(Isbn));
        if (!string.IsNullOrWhiteSpace(Ddc)) query = query.Where(r => r.DdcClass != null && r.DdcClass.StartsWith(Ddc.Trim()));
        if (LocalStudies is not null) query = query.Where(r => r.IsLocalStudies == LocalStudies);
        return query;
    }

    /// <summary>
    /// The records with these words one after another in a title (245, 246, 130, 240, 740), found in the OPAC's word index
    /// as the reader's title search finds them: in any case, with or without tone marks ("dat rung" finds "Đất rừng
    /// phương Nam"), in NFC or NFD. A title compared in SQL would have neither: SQLite's lower() knows no "Đ".
    /// </summary>
    private static IQueryable<Guid> WithTitle(CatalogDbContext db, List<SearchWord> words)
    {
        var sql = new SearchSql(db.Provider, "@title");
        var holding = sql.Holding(new SearchTerm(words, [SearchField.Title]));
        // Every value typed is a parameter; the text holds only table names, parameter names and field numbers.
        var text = $"SELECT d.\"RecordId\" AS \"Value\" FROM {sql.Documents} d WHERE d.\"DocNo\" IN ({holding})";
        return db.Database.SqlQueryRaw<Guid>(text, sql.Parameters(db.Database.GetDbConnection()));
    }

    private static IQueryable<BibliographicRecord> WithHeading(CatalogDbContext db, IQueryable<BibliographicRecord> query, HeadingKind kind, string key) =>
        query.Where(r => db.Headings.Any(h => h.RecordId == r.Id && h.Kind == kind && h.Key == key));
}
