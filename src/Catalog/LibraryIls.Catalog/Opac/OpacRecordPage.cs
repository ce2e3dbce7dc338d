using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Records;
using LibraryIls.Organization.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LibraryIls.Catalog.Opac;

/// <summary>A copy as a reader sees it: where it stands and whether it is on the shelf.</summary>
public sealed record OpacCopy(string RegistrationNumber, string SiteCode, string SiteName, CopyLocation Location, string CallNumber,
    CopyStatus Status, bool IsAvailable);

/// <summary>GET /api/opac/records/{id}: the record's display fields, its copies and the link its QR code carries.</summary>
public sealed record OpacRecordResponse(
    Guid Id,
    string Title,
    string? Responsibility,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Subjects,
    string? Edition,
    string? Publisher,
    string? PublicationPlace,
    int? Year,
    string? PhysicalDescription,
    IReadOnlyList<string> Series,
    IReadOnlyList<string> Notes,
    string? Language,
    string? DdcClass,
    IReadOnlyList<string> Isbns,
    bool IsLocalStudies,
    IReadOnlyList<OpacCopy> Copies,
    IReadOnlyList<Search.SiteAvailability> Availability,
    string OpacLink,
    string QrCodeUrl);

internal sealed class OpacRecordPage(CatalogDbContext db, ISiteDirectory sites, OpacRecordCards cards, IOptions<CatalogOptions> options)
{
    public async Task<(BibliographicRecord Record, MarcRecord Marc)> Load(Guid id, CancellationToken ct)
    {
        var record = await db.Records.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw NotFoundException.Of("biểu ghi", "Record", id);
        return (record, record.ToMarc());
    }

    public async Task<OpacRecordResponse> Show(BibliographicRecord record, MarcRecord marc, CancellationToken ct)
    {
        var fields = RecordFields.From(marc);
        var copies = await db.Copies.AsNoTracking().Where(c => c.RecordId == record.Id).OrderBy(c => c.RegistrationNumber).ToListAsync(ct);
        var shown = new List<OpacCopy>(copies.Count);
        foreach (var copy in copies)
        {
            var site = await sites.FindAsync(copy.SiteId, ct);
            shown.Add(new OpacCopy(copy.RegistrationNumber, site?.Code ?? "?", site?.Name ?? "?", copy.Location, copy.CallNumber, copy.Status,
                copy.Status == CopyStatus.Available));
        }
        var availability = await cards.Availability([record.Id], null, ct);
        var publication = marc.DataFields("264").FirstOrDefault(f => f.Indicator2 == '1') ?? marc.DataField("264") ?? marc.DataField("260");
        return new OpacRecordResponse(record.Id, record.Title, record.Responsibility, fields.Authors, fields.Subjects,
            marc.DataField("250")?['a'], record.Publisher, Trim(publication?['a']), record.Year,
            marc.DataField("300") is { } extent ? Trim(string.Join(' ', extent.Subfields.Select(s => s.Value))) : null,
            [.. marc.DataFields("490").Concat(marc.DataFields("830")).Select(f => Trim(f['a'])).OfType<string>()],
            [.. marc.Fields.OfType<DataField>().Where(f => f.Tag is "500" or "504" or "505" or "520").Select(f => Trim(f['a'])).OfType<string>()],
            record.Language, record.DdcClass, fields.Isbns, record.IsLocalStudies, shown, [.. availability[record.Id]],
            options.Value.OpacLink(record.Id), $"/api/opac/records/{record.Id}/qr.png");
    }

    private static string? Trim(string? text) => text?.Trim().TrimEnd(' ', '/', ':', ';', ',', '=').Trim() is { Length: > 0 } t ? t : null;
}
