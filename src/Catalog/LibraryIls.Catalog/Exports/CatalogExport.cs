using System.Globalization;
using LibraryIls.Catalog.Copies;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Records;
using LibraryIls.Organization.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Exports;

/// <summary>What to export: all records or a query's result, in which format, with copies under which tag.</summary>
internal sealed record ExportRequest(MarcFormat Format, RecordQuery Query, string CopyTag = "952");

/// <summary>
/// Writes the catalogue (or a query's result) as ISO 2709 (UTF-8), MARCXML or MARC-in-JSON, each record with
/// its copies as Koha-style 952 fields ($a/$b site, $c stock, $o call number, $p registration number, $y item
/// type, $g price, $d acquired). Streams: records are read a page at a time in id order and written as they come.
/// </summary>
internal sealed class CatalogExport(CatalogDbContext db, ISiteDirectory sites)
{
    private const int Page = 500;

    public async Task<int> WriteAsync(ExportRequest request, Stream output, CancellationToken ct)
    {
        var siteCodes = new Dictionary<Guid, string>();
        var written = 0;
        using var writer = MarcFiles.OpenWriter(output, request.Format, leaveOpen: true);
        Guid? after = null;
        while (true)
        {
            var query = request.Query.Apply(db, db.Records.AsNoTracking());
            if (after is { } last) query = query.Where(r => r.Id.CompareTo(last) > 0);
            var page = await query.OrderBy(r => r.Id).Take(Page).Select(r => new { r.Id, r.Marc }).ToListAsync(ct);
            if (page.Count == 0) break;
            var ids = page.Select(r => r.Id).ToList();
            var copies = (await db.Copies.AsNoTracking().Where(c => ids.Contains(c.RecordId)).ToListAsync(ct))
                .GroupBy(c => c.RecordId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.RegistrationNumber, StringComparer.Ordinal).ToList());
            foreach (var row in page)
            {
                var marc = MarcContent.FromStored(row.Marc);
                marc.Fields.RemoveAll(f => f.Tag == request.CopyTag);
                foreach (var copy in copies.GetValueOrDefault(row.Id) ?? [])
                    marc.AddDataField(await CopyField(copy, request.CopyTag, siteCodes, ct));
                writer.Write(marc);
                written++;
            }
            after = page[^1].Id;
        }
        return written;
    }

    private async Task<DataField> CopyField(Copy copy, string tag, Dictionary<Guid, string> siteCodes, CancellationToken ct)
    {
        if (!siteCodes.TryGetValue(copy.SiteId, out var site))
            siteCodes[copy.SiteId] = site = (await sites.FindAsync(copy.SiteId, ct))?.Code ?? copy.SiteId.ToString();
        var field = new DataField(tag, ' ', ' ', new Subfield('a', site), new Subfield('b', site), new Subfield('c', copy.Location.ToString()));
        if (copy.CallNumber.Length > 0) field.Add('o', copy.CallNumber);
        field.Add('p', copy.RegistrationNumber).Add('y', copy.ItemType);
        if (copy.Price is { } price) field.Add('g', price.ToString("0.##", CultureInfo.InvariantCulture));
        field.Add('d', copy.AcquiredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return field;
    }
}
