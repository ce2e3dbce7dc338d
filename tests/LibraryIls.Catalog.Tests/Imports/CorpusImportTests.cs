using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Imports;
using LibraryIls.Catalog.Marc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Catalog.Tests.Imports;

/// <summary>
/// Every MARC file of tests/corpus, damaged ones included, through the staged import: nothing is lost
/// (every record ends committed, merged or rejected, and every record terminator in the file lies inside a
/// record the batch accounted for) and rejected records come back byte for byte as they were in the file.
/// </summary>
public sealed class CorpusImportTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_every_corpus_file_When_imported_Then_counts_add_up_and_rejects_are_byte_exact(string provider)
    {
        var api = await apis.For(provider);
        var site = await api.SiteAsync();
        var reasons = new List<string>();
        int files = 0, read = 0, committed = 0, merged = 0, rejected = 0;
        foreach (var path in CatalogCorpus.Files(".mrc", ".marc", ".dat", ".usmarc", ".xml"))
        {
            var bytes = await File.ReadAllBytesAsync(path);
            await using var scope = api.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var batch = await services.GetRequiredService<ImportRequests>().OpenAsync(
                new ImportSettings { Source = "CORPUS", SiteCode = site, Commit = true }, path,
                id => { services.GetRequiredService<ImportFiles>().Copy(id, path); return Task.FromResult((long)bytes.Length); }, null, "test", default);
            await services.GetRequiredService<ImportJob>().RunAsync(batch.Id, default);

            var db = services.GetRequiredService<CatalogDbContext>();
            var done = await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == batch.Id);
            var name = Path.GetRelativePath(CatalogCorpus.Root, path);
            done.Status.ShouldBe(ImportBatchStatus.Committed, $"{name}: {done.Error} read {done.RecordsRead} staged {done.RecordsStaged} rejected {done.Rejected} cursor {done.CommitCursor} commit {done.CommitWhenStaged}");
            (done.Committed + done.Merged + done.Rejected).ShouldBe(done.RecordsRead, name);
            var rows = await db.StagedRecords.AsNoTracking().Where(s => s.BatchId == batch.Id).OrderBy(s => s.Index).ToListAsync();
            rows.Select(r => r.Index).ShouldBe(Enumerable.Range(0, done.RecordsRead), name);
            rows.Count(r => r.Status == StagedRecordStatus.Rejected).ShouldBe(done.Rejected, name);
            rows.ShouldNotContain(r => r.Status == StagedRecordStatus.Staged, name);
            using var download = new MemoryStream();
            await Rejects.WriteAsync(db, batch.Id, download, default);
            if (MarcFiles.DetectFormat(bytes) == MarcFormat.Iso2709)
            {
                foreach (var reject in rows.Where(r => r.Status == StagedRecordStatus.Rejected))
                    reject.OriginalBytes.ShouldBe(bytes.AsSpan((int)reject.ByteOffset, reject.ByteLength).ToArray(), $"{name} record {reject.Index}");
                download.ToArray().ShouldBe(rows.Where(r => r.Status == StagedRecordStatus.Rejected).SelectMany(r => r.OriginalBytes!).ToArray(), name);
                // Every stretch of bytes that ends in a record terminator and holds data (not only the newlines, NULs and
                // stray terminators exporters leave between records) lies inside a record the batch accounted for.
                for (int start = 0, at = Array.IndexOf(bytes, (byte)0x1D); at >= 0; start = at + 1, at = Array.IndexOf(bytes, (byte)0x1D, at + 1))
                {
                    if (!bytes.AsSpan(start, at - start).ContainsAnyInRange((byte)'0', (byte)'9')) continue;
                    rows.ShouldContain(r => r.ByteOffset <= at && at < r.ByteOffset + r.ByteLength, $"{name}: the record ending at byte {at} was not accounted for");
                }
            }
            reasons.AddRange(rows.Where(r => r.Status == StagedRecordStatus.Rejected).Select(r => r.RejectCode + " " + (r.RejectReason ?? "").Split(" / ")[^1].Split('\n')[0].Split(':')[0]));
            (files, read, committed, merged, rejected) = (files + 1, read + done.RecordsRead, committed + done.Committed, merged + done.Merged, rejected + done.Rejected);
        }

        files.ShouldBeGreaterThan(200);
        var totals = $"files {files} read {read} committed {committed} merged {merged} rejected {rejected} " + string.Join("; ", reasons.GroupBy(r => r).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} x{g.Count()}"));
        committed.ShouldBeGreaterThan(300, totals);
        rejected.ShouldBeGreaterThan(5, "the corpus holds damaged, authority and holdings records");
        (committed + merged + rejected).ShouldBe(read);
    }
}
