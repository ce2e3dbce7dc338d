using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Marc.Generation;
using LibraryIls.Catalog.Records;
using LibraryIls.Catalog.Tests.Opac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Catalog.Tests.Imports;

/// <summary>
/// The merger: eMicLib (ISO 2709, copies in 852), Vebrary (TCVN3 bytes, copies in 949) and Ilib (MARCXML with
/// VNI text, copies in 997) exported overlapping catalogues with variant records and colliding registration
/// numbers. Imported one after another, they make one record per work, with every copy, each traceable.
/// </summary>
public sealed class ThreeSourceMergeTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    private const int Works = 300;

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_three_overlapping_legacy_exports_When_imported_in_turn_Then_one_record_per_work_and_every_copy_traceable(string provider)
    {
        var api = await apis.For(provider);
        var sites = new[] { await api.SiteAsync(), await api.SiteAsync(), await api.SiteAsync() };
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, sites);
        var exports = LegacyCatalogues.Generate(Works, LegacyCatalogues.Styles(sites[0], sites[1], sites[2]));
        var batches = new List<Catalog.Imports.ImportBatchResponse>();

        foreach (var (style, file, count) in exports.Files)
        {
            var staged = await cataloguer.UploadAsync(file, $"{style.Source.ToLowerInvariant()}.{(style.MarcXml ? "xml" : "mrc")}",
                new Dictionary<string, string> { ["source"] = style.Source, ["siteCode"] = style.SiteCode, ["commit"] = "true" });
            var batch = await cataloguer.WaitForAsync(staged.Id, "Committed");
            batch.ShouldAddUp();
            batch.RecordsRead.ShouldBe(count);
            batch.Rejected.ShouldBe(0);
            batches.Add(batch);
        }

        batches.Sum(b => b.Added).ShouldBe(Works);
        batches.Sum(b => b.Merged).ShouldBe(exports.Files.Sum(f => f.Records) - Works);
        batches[1].Converted.ShouldBe(exports.Files[1].Records, "every Vebrary record is TCVN3");
        batches[2].Converted.ShouldBe(exports.Files[2].Records, "every Ilib record is VNI");
        batches[0].Converted.ShouldBeGreaterThan(0, "some eMicLib records are decomposed Unicode");
        batches.Sum(b => b.CopiesAdded).ShouldBe(exports.Copies);
        batches.Sum(b => b.CopiesRenumbered).ShouldBe(exports.CollidingNumbers);

        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var ids = batches.Select(b => b.Id).ToList();
        var recordIds = await db.StagedRecords.Where(s => ids.Contains(s.BatchId)).Select(s => s.RecordId!.Value).Distinct().ToListAsync();
        recordIds.Count.ShouldBe(Works);
        var records = await db.Records.AsNoTracking().Where(r => recordIds.Contains(r.Id)).ToListAsync();
        records.Select(r => r.Title).Distinct().Count().ShouldBe(Works, "one record per work");
        records.ShouldAllBe(r => r.Title.Normalize(System.Text.NormalizationForm.FormC) == r.Title && !r.Title.Any(c => c >= '\u0080' && c <= '\u00BF'));

        // Every copy is there once, at the site of the library it came from, and its old number leads to it.
        var imported = await db.ImportedCopies.AsNoTracking().Where(c => ids.Contains(c.BatchId)).ToListAsync();
        imported.Count.ShouldBe(exports.Copies);
        imported.Select(c => (c.Source, c.OriginalNumber)).Distinct().Count().ShouldBe(exports.Copies);
        var copyIds = imported.Select(c => c.CopyId).ToList();
        var copies = await db.Copies.AsNoTracking().Where(c => copyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id);
        copies.Count.ShouldBe(exports.Copies);
        var siteIds = new Dictionary<string, Guid>();
        foreach (var (style, _, _) in exports.Files)
            siteIds[style.Source] = (await scope.ServiceProvider.GetRequiredService<Organization.Contracts.ISiteDirectory>().FindByCodeAsync(style.SiteCode, default))!.Id;
        imported.ShouldAllBe(c => copies[c.CopyId].RegistrationNumber == c.RegistrationNumber
            && copies[c.CopyId].RecordId == c.RecordId && copies[c.CopyId].SiteId == siteIds[c.Source]);
        imported.Where(c => c.Renumbered).ShouldAllBe(c => c.RegistrationNumber == c.Source + "-" + c.OriginalNumber);

        // A work all three held: the richest record kept, with Vebrary's summary and Ilib's extra subject added.
        var first = records.Single(r => r.Title.Contains("Phần 1 ", StringComparison.Ordinal) || r.Title.EndsWith("Phần 1", StringComparison.Ordinal));
        var marc = first.ToMarc();
        marc.DataField("520").ShouldNotBeNull();
        marc.DataFields("650").Select(f => f['a']).ShouldContain("Văn hóa địa phương");
        // A work only Ilib held (VNI keeps capitals): its title reads exactly as the cataloguer wrote it.
        var generator = new VietnameseRecordGenerator(2025);
        var works = generator.Records(6).ToList();
        works[5].DataField("245")!.Subfields.Insert(1, new Subfield('n', "Phần 6"));
        records.Select(r => r.Title).ShouldContain(RecordFields.From(works[5]).Title);

        // Its headings are those of its MARC as it now stands: replaced in bulk by each merge, none left over from before.
        var headings = await db.Headings.AsNoTracking().Where(h => h.RecordId == first.Id).Select(h => new { h.Kind, h.Key, h.Display }).ToListAsync();
        headings.Select(h => $"{h.Kind} {h.Key} {h.Display}").Order(StringComparer.Ordinal).ShouldBe(
            BibliographicRecord.Create(marc, "test", DateTimeOffset.UtcNow).Headings.Select(h => $"{h.Kind} {h.Key} {h.Display}").Order(StringComparer.Ordinal));
        headings.ShouldContain(h => h.Kind == HeadingKind.Subject && h.Display == "Văn hóa địa phương");
        // The OPAC finds it by the subject only Ilib's record had (written by the merge, not by the first import).
        var hits = await api.Anonymous().SearchAsync($"subject={Uri.EscapeDataString("Văn hóa địa phương")}&title={Uri.EscapeDataString(first.Title)}&pageSize=100");
        hits.Results.ShouldContain(h => h.RecordId == first.Id);

        // The OPAC index the bulk commit wrote (new records and the records merged into, both in bulk) is the one a rebuild writes.
        var written = await OpacIndexes.OfAsync(db, recordIds);
        written.Words.ShouldNotBeEmpty();
        written.Holdings.Sum(h => h.Copies).ShouldBe(exports.Copies);
        await scope.ServiceProvider.GetRequiredService<Search.SearchIndexRebuild>().Run(null, default);
        var rebuilt = await OpacIndexes.OfAsync(db, recordIds);
        written.Documents.Except(rebuilt.Documents).Take(5).ShouldBeEmpty();
        written.Words.Except(rebuilt.Words).Take(5).ShouldBeEmpty("words the import wrote that a rebuild does not");
        rebuilt.Words.Except(written.Words).Take(5).ShouldBeEmpty("words a rebuild writes that the import did not");
        written.Words.Count.ShouldBe(rebuilt.Words.Count);
        written.Holdings.ShouldBe(rebuilt.Holdings);
        written.Documents.ShouldBe(rebuilt.Documents);
    }
}
