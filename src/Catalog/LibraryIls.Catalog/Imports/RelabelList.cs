using System.Globalization;
using System.Text;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Data;
using LibraryIls.Organization.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Imports;

/// <summary>
/// The relabelling round of one library after the merge: its copies that were renumbered on import (by any batch) and
/// still carry their old label, in shelf order: as CSV for walking the shelves, and as a sheet of the new labels (<see cref="RelabelSheet"/>). Each copy
/// leaves the list once marked relabelled (<see cref="Relabelling.RelabelAsync"/>); lost and withdrawn copies are not on
/// the shelves to relabel, copies on loan come back with the old label and stay on it.
/// </summary>
internal static class RelabelList
{
    public const string Header = "call_number,old_label,registration_number,title,location,source,copy_id,batch_id";

    /// <summary>One copy of the round: where it stands, the label to look for, the number it carries now.</summary>
    public sealed record Line(string CallNumber, string OldLabel, string RegistrationNumber, string Title, CopyLocation Location, string Source,
        Guid CopyId, Guid BatchId);

    /// <summary>The round of the site with that code (404 when there is none), for the CSV and for the sheet.</summary>
    public static async Task<(SiteInfo Site, List<Line> Lines)> OfSiteAsync(ISiteDirectory sites, CatalogDbContext db, string siteCode, CancellationToken ct)
    {
        var site = await sites.GetByCodeAsync(siteCode, ct);
        return (site, await LinesAsync(db, site, ct));
    }

    private static Task<List<Line>> LinesAsync(CatalogDbContext db, SiteInfo site, CancellationToken ct) => (
        from c in db.Copies.AsNoTracking()
        where c.SiteId == site.Id && c.Status != CopyStatus.Lost && c.Status != CopyStatus.Withdrawn
        join i in db.ImportedCopies.Where(ImportedCopy.StillToRelabel) on c.Id equals i.CopyId
        join r in db.Records on c.RecordId equals r.Id
        orderby c.ShelfKey, c.RegistrationNumber
        select new Line(c.CallNumber, i.OriginalNumber, c.RegistrationNumber, r.Title, c.Location, i.Source, c.Id, i.BatchId)).ToListAsync(ct);

    public static string Csv(IEnumerable<Line> lines)
    {
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var l in lines)
            csv.Append(CultureInfo.InvariantCulture, $"{NumberMapping.Field(l.CallNumber)},{NumberMapping.Field(l.OldLabel)},")
                .Append(CultureInfo.InvariantCulture, $"{NumberMapping.Field(l.RegistrationNumber)},{NumberMapping.Field(l.Title)},{l.Location},")
                .Append(CultureInfo.InvariantCulture, $"{NumberMapping.Field(l.Source)},{l.CopyId},{l.BatchId}\n");
        return csv.ToString();
    }
}
