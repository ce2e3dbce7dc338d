using System.Net;
using System.Text;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Catalog.Copies;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Imports;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Search;
using LibraryIls.Catalog.Tests.Opac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Catalog.Tests.Imports;

/// <summary>The staged import through the API: stage, look, commit, export, undo.</summary>
public sealed class ImportApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_file_with_copies_When_staged_and_committed_Then_records_and_copies_are_in_the_catalogue_and_the_counts_add_up(string provider)
    {
        var api = await apis.For(provider);
        var site = await api.SiteAsync();
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, site);
        var prefix = Unique.Code("T");
        var (file, records) = GeneratedFiles.Iso2709(120, seed: 11, prefix);

        var staged = await cataloguer.UploadAsync(file, "vebrary.mrc", new Dictionary<string, string>
            { ["source"] = "TEST", ["siteCode"] = site, ["matchRule"] = "isbn" });
        var batch = await cataloguer.WaitForAsync(staged.Id, "Staged");

        batch.RecordsRead.ShouldBe(120);
        batch.RecordsStaged.ShouldBe(120);
        var rows = (await cataloguer.GetFromJsonAsync<List<StagedRecordResponse>>($"{ImportTestApi.ImportsPath}/{batch.Id}/records?take=1000", TestJson.Options))!;
        rows.Count.ShouldBe(120);
        rows.ShouldAllBe(r => r.Status == "Staged" && r.MatchRecordId == null && r.Copies >= 1);
        await using (var scope = api.Services.CreateAsyncScope())
            (await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().Records.CountAsync(r => r.Title == records[0].Title)).ShouldBe(0);

        var committed = await cataloguer.PostAndWaitAsync($"{ImportTestApi.ImportsPath}/{batch.Id}/commit", batch.Id, "Committed");

        committed.ShouldAddUp();
        committed.Added.ShouldBe(120);
        var copies = records.Sum(r => r.DataFields("952").Count());
        committed.CopiesAdded.ShouldBe(copies);
        committed.CopiesRenumbered.ShouldBe(0);
        (await cataloguer.GetFromJsonAsync<List<ImportBatchResponse>>(ImportTestApi.ImportsPath, TestJson.Options))!.ShouldContain(b => b.Id == batch.Id);
        var export = await cataloguer.GetByteArrayAsync($"/api/catalog/exports?format=iso2709&isbn={records[5].DataField("020")!['a']}");
        using var reader = new Iso2709Reader(new MemoryStream(export));
        var exported = reader.Single();
        exported.Title.ShouldBe(records[5].Title);
        exported.DataFields("952").Select(f => f['p']).Order().ShouldBe(records[5].DataFields("952").Select(f => f['p']!.ToUpperInvariant()).Order());
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_copies_priced_and_dated_as_Koha_and_Vietnamese_systems_write_them_When_imported_Then_each_is_52000_dong_bought_on_1_March_2015(string provider)
    {
        var api = await apis.For(provider);
        var site = await api.SiteAsync();
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, site);
        var written = new[] { ("52000.00", "2015-03-01"), ("52.000", "01/03/2015"), ("52,000", "1/3/2015"), ("52.000đ", "2015-03-01 00:00:00"), ("52.000 VNĐ", "01.03.2015") };
        var (_, records) = GeneratedFiles.Iso2709(written.Length, seed: 29, Unique.Code("P"));
        for (var i = 0; i < records.Count; i++)
        {
            var copy = records[i].DataFields("952").First();
            copy.Subfields.RemoveAll(s => s.Code is 'g' or 'd');
            copy.Subfields.Add(new Subfield('g', written[i].Item1));
            copy.Subfields.Add(new Subfield('d', written[i].Item2));
            records[i].Fields.RemoveAll(f => f.Tag == "952" && f != copy);
        }

        var uploaded = await cataloguer.UploadAsync(GeneratedFiles.Write(records), "koha.mrc", new Dictionary<string, string>
            { ["source"] = "KOHA", ["siteCode"] = site, ["matchRule"] = "isbn", ["copyMapping"] = "koha952", ["commit"] = "true" });
        var batch = await cataloguer.WaitForAsync(uploaded.Id, "Committed");

        batch.CopiesAdded.ShouldBe(written.Length);
        var staged = (await cataloguer.GetFromJsonAsync<List<StagedRecordResponse>>($"{ImportTestApi.ImportsPath}/{batch.Id}/records?take=10", TestJson.Options))!;
        foreach (var row in staged)
        {
            var copy = (await cataloguer.GetFromJsonAsync<List<CopyResponse>>($"/api/catalog/records/{row.RecordId}/copies", TestJson.Options))!.Single();
            (copy.Price, copy.AcquiredOn).ShouldBe((52000m, new DateOnly(2015, 3, 1)), $"{written[row.Index]}");
        }
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_batch_set_to_replace_When_committed_Then_the_records_stand_as_the_file_has_them_and_the_OPAC_finds_only_their_new_words(string provider)
    {
        var api = await apis.For(provider);
        var site = await api.SiteAsync();
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, site);
        var (oldWord, newWord) = (Word(), Word());
        var (_, records) = GeneratedFiles.Iso2709(40, seed: 53, Unique.Code("R"));
        Retitle(records, $"Sách cũ {oldWord}");
        var first = await cataloguer.UploadAsync(GeneratedFiles.Write(records), "a.mrc", new Dictionary<string, string>
            { ["source"] = "EMICLIB", ["siteCode"] = site, ["matchRule"] = "isbn", ["copyMapping"] = "koha952", ["commit"] = "true" });
        (await cataloguer.WaitForAsync(first.Id, "Committed")).Added.ShouldBe(40);
        // The second file has the same books (same ISBN) under other titles and without their subjects: their words must go.
        Retitle(records, $"Sách mới {newWord}");
        foreach (var record in records) record.Fields.RemoveAll(f => f.Tag == "650");

        var batch = await cataloguer.UploadAsync(GeneratedFiles.Write(records), "b.mrc", new Dictionary<string, string>
            { ["source"] = "VEBRARY", ["siteCode"] = site, ["matchRule"] = "isbn", ["copyMapping"] = "koha952", ["onMatch"] = "replace", ["commit"] = "true" });
        var committed = await cataloguer.WaitForAsync(batch.Id, "Committed");

        committed.ShouldAddUp();
        (committed.Replaced, committed.Added).ShouldBe((40, 0));
        (await api.Anonymous().SearchAsync($"title={newWord}&pageSize=100")).Total.ShouldBe(40);
        (await api.Anonymous().SearchAsync($"title={oldWord}&pageSize=100")).Total.ShouldBe(0, "the titles the records had before are gone from the OPAC");
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var ids = await db.Records.Where(r => r.Title.Contains(newWord)).Select(r => r.Id).ToListAsync();
        ids.Count.ShouldBe(40);
        (await db.Headings.CountAsync(h => ids.Contains(h.RecordId) && h.Kind == Records.HeadingKind.Subject)).ShouldBe(0);
        // Only the words that changed were rewritten: the index is still the one a rebuild writes.
        var written = await OpacIndexes.OfAsync(db, ids);
        var rebuiltFrom = provider == TestDatabases.Postgres ? await db.Database.SqlQueryRaw<DateTime>("SELECT now() AT TIME ZONE 'UTC' AS \"Value\"").SingleAsync() : default;
        await scope.ServiceProvider.GetRequiredService<Search.SearchIndexRebuild>().Run(null, default);
        if (provider == TestDatabases.Postgres)
        {
            // The SQL search is planned on the rebuilt tables' statistics, not on those of the tables before.
            var analysed = await db.Database.SqlQueryRaw<DateTime>(
                "SELECT last_analyze AT TIME ZONE 'UTC' AS \"Value\" FROM pg_stat_user_tables WHERE schemaname = 'catalog' AND relname = 'cat_search_tokens'").SingleAsync();
            analysed.ShouldBeGreaterThanOrEqualTo(rebuiltFrom);
        }
        var rebuilt = await OpacIndexes.OfAsync(db, ids);
        written.Words.Except(rebuilt.Words).Take(5).ShouldBeEmpty("words the import left that a rebuild does not write");
        rebuilt.Words.Except(written.Words).Take(5).ShouldBeEmpty("words a rebuild writes that the import did not");
        written.Words.Count.ShouldBe(rebuilt.Words.Count);
        written.Documents.ShouldBe(rebuilt.Documents);
    }

    /// <summary>A made-up word of letters only, found in no other test's records.</summary>
    private static string Word() => new([.. Guid.NewGuid().ToString("N")[..10].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16)))]);

    private static void Retitle(List<MarcRecord> records, string title)
    {
        for (var i = 0; i < records.Count; i++)
        {
            records[i].Fields.RemoveAll(f => f.Tag == "245");
            records[i].AddDataField(new DataField("245", '1', '0', new Subfield('a', $"{title} {i + 1}")));
        }
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_committed_batch_that_merged_into_existing_records_When_undone_Then_the_catalogue_is_exactly_as_before(string provider)
    {
        var api = await apis.For(provider);
        var site = await api.SiteAsync();
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, site);
        var prefix = Unique.Code("U");
        var (first, records) = GeneratedFiles.Iso2709(60, seed: 23, prefix);
        var firstBatch = await cataloguer.UploadAsync(first, "a.mrc", new Dictionary<string, string>
            { ["source"] = "EMICLIB", ["siteCode"] = site, ["matchRule"] = "isbn", ["copyMapping"] = "koha952", ["commit"] = "true" });
        (await cataloguer.WaitForAsync(firstBatch.Id, "Committed")).Added.ShouldBe(60);
        // The second source has the same works with a summary the first lacked, and the same registration numbers.
        foreach (var record in records) record.AddDataField(new DataField("520", ' ', ' ', new Subfield('a', "Tóm tắt từ nguồn thứ hai.")));
        var second = GeneratedFiles.Write(records.Concat(GeneratedFiles.Iso2709(15, seed: 29, prefix + "N").Records));
        var before = await Snapshot(api);

        var batch = await cataloguer.UploadAsync(second, "b.mrc", new Dictionary<string, string>
            { ["source"] = "VEBRARY", ["siteCode"] = site, ["matchRule"] = "isbn", ["copyMapping"] = "koha952", ["commit"] = "true" });
        var committed = await cataloguer.WaitForAsync(batch.Id, "Committed");

        committed.ShouldAddUp();
        (committed.Merged, committed.Added).ShouldBe((60, 15));
        committed.CopiesRenumbered.ShouldBe(records.Sum(r => r.DataFields("952").Count()));
        var mapping = await cataloguer.GetStringAsync($"{ImportTestApi.ImportsPath}/{batch.Id}/registration-numbers?renumberedOnly=true");
        mapping.ShouldContain($"VEBRARY,{records[0].DataFields("952").First()['p']!.ToUpperInvariant()},VEBRARY-{records[0].DataFields("952").First()['p']!.ToUpperInvariant()}");
        (await Snapshot(api)).ShouldNotBe(before);
        // The history of a record merged into: version 1 was given the MARC the merge replaced; version 2, which the record
        // stands at, holds none of its own and reads as the record.
        var history = await MergedHistory(api, batch.Id);
        history.Count.ShouldBe(60);
        history.ShouldAllBe(h => h.First.Length > 0 && !h.First.Contains("\"520\"") && h.Second == "" && h.Record.Contains("\"520\""));
        var one = history[0].Id;
        (await cataloguer.GetAsAsync($"{CatalogTestApi.RecordsPath}/{one}/history/2", "application/marc")).ShouldBe(await cataloguer.GetAsAsync($"{CatalogTestApi.RecordsPath}/{one}", "application/marc"));
        Encoding.UTF8.GetString(await cataloguer.GetAsAsync($"{CatalogTestApi.RecordsPath}/{one}/history/1", "application/marcxml+xml")).ShouldNotContain("tag=\"520\"");

        var undone = await cataloguer.PostAndWaitAsync($"{ImportTestApi.ImportsPath}/{batch.Id}/undo", batch.Id, "Undone");

        undone.Undone.ShouldBe(75);
        (await Snapshot(api)).ShouldBe(before);
        (await cataloguer.PostAsync($"{ImportTestApi.ImportsPath}/{batch.Id}/undo", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_batch_whose_copy_was_since_lent_or_changed_When_undone_Then_it_is_refused_with_a_reason(string provider)
    {
        var api = await apis.For(provider);
        var site = await api.SiteAsync();
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, site);
        var (file, records) = GeneratedFiles.Iso2709(5, seed: 31, Unique.Code("L"));
        var batch = await cataloguer.UploadAsync(file, "c.mrc", new Dictionary<string, string>
            { ["source"] = "ILIB", ["siteCode"] = site, ["matchRule"] = "isbn", ["copyMapping"] = "koha952", ["commit"] = "true" });
        await cataloguer.WaitForAsync(batch.Id, "Committed");
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var copies = scope.ServiceProvider.GetRequiredService<Contracts.ICopyCatalog>();
            var number = records[0].DataFields("952").First()['p']!.ToUpperInvariant();
            var copy = await copies.FindByRegistrationNumberAsync(number, default);
            await copies.ChangeStatusAsync(copy!.Id, Contracts.CopyStatus.OnLoan, default);
        }

        var refused = await cataloguer.PostAsync($"{ImportTestApi.ImportsPath}/{batch.Id}/undo", null);

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("IMPORT_CHANGED_SINCE");
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_bad_import_requests_When_posted_Then_they_are_refused_with_400_or_409_not_500(string provider)
    {
        var api = await apis.For(provider);
        var site = await api.SiteAsync();
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, site);
        var desk = await api.StaffAsync(Roles.DeskStaff, site);
        var (file, _) = GeneratedFiles.Iso2709(1, seed: 37, Unique.Code("B"));

        (await cataloguer.PostAsJsonAsync(ImportTestApi.ImportsPath, new { source = "X" })).StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await Post(cataloguer, file, new() { ["source"] = "X", ["siteCode"] = site, ["onMatch"] = "explode" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Post(cataloguer, file, new() { ["source"] = "X", ["siteCode"] = "NO-SUCH-SITE" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Post(cataloguer, file, new() { ["source"] = "X", ["siteCode"] = site, ["matchRule"] = "nonsense" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Post(cataloguer, file, new() { ["siteCode"] = site })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Post(desk, file, new() { ["source"] = "X", ["siteCode"] = site })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await cataloguer.GetAsync($"{ImportTestApi.ImportsPath}/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await cataloguer.GetAsync("/api/catalog/exports?format=pdf")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, byte[] file, Dictionary<string, string> fields)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", "x.mrc" } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return await client.PostAsync(ImportTestApi.ImportsPath, form);
    }

    /// <summary>The records a batch merged into: the stored MARC of their versions 1 and 2, and their own.</summary>
    private static async Task<List<(Guid Id, string First, string Second, string Record)>> MergedHistory(LibraryIlsApi api, Guid batchId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var ids = await db.StagedRecords.Where(s => s.BatchId == batchId && s.Status == StagedRecordStatus.Merged).Select(s => s.RecordId!.Value).ToListAsync();
        var versions = await db.RecordVersions.AsNoTracking().Where(v => ids.Contains(v.RecordId)).ToListAsync();
        var records = await db.Records.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Marc);
        return [.. ids.Select(id => (id, versions.Single(v => v.RecordId == id && v.Version == 1).Marc, versions.Single(v => v.RecordId == id && v.Version == 2).Marc, records[id]))];
    }

    /// <summary>Everything of the catalogue an import touches: records with version, time and author, history, headings, copies, OPAC words.</summary>
    internal static async Task<string> Snapshot(LibraryIlsApi api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var records = (await db.Records.AsNoTracking().ToListAsync()).OrderBy(r => r.Id)
            .Select(r => $"{r.Id} v{r.Version} {r.UpdatedAt:O} {r.UpdatedBy} {r.Title} {r.Marc}");
        var versions = (await db.RecordVersions.AsNoTracking().ToListAsync()).OrderBy(v => v.RecordId).ThenBy(v => v.Version)
            .Select(v => $"{v.RecordId} {v.Version} {v.Kind} {v.ChangedAt:O} {v.ChangedTags} {v.Marc.Length}");
        var headings = (await db.Headings.AsNoTracking().Select(h => new { h.RecordId, h.Kind, h.Key }).ToListAsync())
            .Select(h => $"{h.RecordId} {h.Kind} {h.Key}").Order(StringComparer.Ordinal);
        var copies = (await db.Copies.AsNoTracking().ToListAsync()).OrderBy(c => c.RegistrationNumber, StringComparer.Ordinal)
            .Select(c => $"{c.Id} {c.RecordId} {c.RegistrationNumber} {c.SiteId} {c.Location} {c.CallNumber} {c.Status} {c.Version}");
        return string.Join('\n', records.Concat(versions).Concat(headings).Concat(copies).Concat(await OpacWords(db)));
    }

    /// <summary>
    /// The OPAC's words, each line the record its document stands for (or "none", a word whose document is gone) and the words:
    /// on SQLite a record's full-text row, elsewhere a row per word, which no foreign key ties to its document.
    /// </summary>
    private static async Task<List<string>> OpacWords(CatalogDbContext db)
    {
        var sql = db.Provider == DatabaseProvider.Sqlite
            ? $"SELECT COALESCE(d.\"RecordId\", 'none') || ' ' || {string.Join(" || '|' || ", SqliteWords.Columns.Split(", ").Select(c => $"COALESCE(w.{c}, '')"))} "
              + $"AS \"Value\" FROM {SqliteWords.Table} w LEFT JOIN \"cat_search_documents\" d ON d.\"DocNo\" = w.rowid"
            : "SELECT COALESCE(d.\"RecordId\"::text, 'none') || ' ' || t.\"Field\"::text || '|' || t.\"Position\"::text || '|' || t.\"Folded\" || '|' || t.\"Exact\" "
              + "AS \"Value\" FROM \"catalog\".\"cat_search_tokens\" t LEFT JOIN \"catalog\".\"cat_search_documents\" d ON d.\"DocNo\" = t.\"DocNo\"";
        var words = await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
        words.ShouldNotBeEmpty();
        return [.. words.Order(StringComparer.Ordinal)];
    }
}
