using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Copies;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Imports;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Tests.Opac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Catalog.Tests.Imports;

/// <summary>
/// After a merge the legacy labels stay on the books: a renumbered copy still carries the number another library's copy
/// kept. A scan of it must not pick either copy silently, until the renumbered one is marked relabelled.
/// </summary>
public sealed class OldLabelTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    private const string CopiesPath = "/api/catalog/copies";

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_renumbered_copy_still_carrying_its_old_label_When_that_number_is_scanned_Then_the_desk_must_choose_until_it_is_relabelled(string provider)
    {
        var api = await apis.For(provider);
        var site = await api.SiteAsync();
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, site);
        var desk = await api.StaffAsync(Roles.DeskStaff, site);
        var renumbered = await MergeTwoLibrariesAsync(api, cataloguer, site, seed: 41);
        var (old, moved) = (renumbered[0].OriginalNumber, renumbered[0]);
        var holder = await CopyNumberedAsync(api, old);

        // The catalogue refuses to choose, and names both copies.
        var refused = await Should.ThrowAsync<RuleViolationException>(() => FindAsync(api, old.ToLowerInvariant()));
        refused.Code.ShouldBe(OldLabels.AmbiguousCode);
        refused.Text.Vi.ShouldContain(moved.RegistrationNumber);
        refused.Text.En.ShouldContain("VEBRARY");
        // So does the desk, with the candidates to choose from.
        var scanned = await desk.PostAsJsonAsync("/api/circulation/in-house-uses", new { registrationNumber = old, siteCode = site });
        scanned.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await scanned.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(OldLabels.AmbiguousCode);
        problem.GetProperty("details").GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("copyId").GetGuid())
            .ShouldBe([holder, moved.CopyId], ignoreOrder: true);
        // The new number leads to the renumbered copy, and the copy list traces the old label to both.
        (await FindAsync(api, moved.RegistrationNumber))!.Id.ShouldBe(moved.CopyId);
        (await desk.GetFromJsonAsync<List<JsonElement>>($"{CopiesPath}?registrationNumber={Uri.EscapeDataString(old)}"))!
            .Select(c => c.GetProperty("id").GetGuid()).ShouldBe([holder, moved.CopyId], ignoreOrder: true);

        // The library's relabelling round lists it, with the label to look for on the shelf.
        var round = (await desk.GetStringAsync($"{CopiesPath}/to-relabel?siteCode={site}")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        round[0].ShouldBe(RelabelList.Header);
        round.Single(l => l.Contains(moved.CopyId.ToString())).Split(',')[1..3].ShouldBe([old, moved.RegistrationNumber]);
        round.Length.ShouldBe(1 + renumbered.Count);
        (await desk.GetAsync($"{CopiesPath}/to-relabel?siteCode=NO-SUCH-SITE")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await desk.GetAsync($"{CopiesPath}/to-relabel")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // It prints as a sheet of the new labels: one per copy of the round, in its order.
        var sheet = await desk.GetAsync($"{CopiesPath}/to-relabel/labels?siteCode={site}");
        sheet.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await sheet.Content.ReadAsStringAsync()).Split("<div class=\"number\">").Skip(1).Select(l => l[..l.IndexOf('<')])
            .ShouldBe(round.Skip(1).Select(l => l.Split(',')[2]));
        (await desk.GetAsync($"{CopiesPath}/to-relabel/labels?siteCode=NO-SUCH-SITE")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // A rotation list refuses that line with the same code, and takes the others.
        var listed = await AddToRotationListAsync(api, desk, site, old, moved.RegistrationNumber);
        listed.GetProperty("added").EnumerateArray().Select(n => n.GetString()).ShouldBe([moved.RegistrationNumber]);
        var line = listed.GetProperty("refused").EnumerateArray().Single();
        (line.GetProperty("registrationNumber").GetString(), line.GetProperty("code").GetString()).ShouldBe((old, OldLabels.AmbiguousCode));

        var relabelled = await desk.PostAsync($"{CopiesPath}/{moved.CopyId}/relabelled", null);

        relabelled.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await relabelled.Content.ReadFromJsonAsync<RelabelledCopyResponse>(TestJson.Options))!.OldNumbers.ShouldBe([old]);
        (await FindAsync(api, old))!.Id.ShouldBe(holder);
        (await desk.PostAsJsonAsync("/api/circulation/in-house-uses", new { registrationNumber = old, siteCode = site })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await desk.GetStringAsync($"{CopiesPath}/to-relabel?siteCode={site}")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length
            .ShouldBe(renumbered.Count, "the relabelled copy left the round");
        // A copy reported lost is not on the shelf to relabel.
        var lost = (await cataloguer.GetFromJsonAsync<CopyResponse>($"{CopiesPath}/{renumbered[1].CopyId}", TestJson.Options))!;
        (await cataloguer.PutAsJsonAsync($"{CopiesPath}/{lost.Id}", new CopyRequest(lost.RegistrationNumber, site, lost.Location, lost.ItemType,
            lost.AcquiredOn, lost.Source, lost.Price, lost.CallNumber, lost.Version, CopyStatus.Lost), TestJson.Options)).EnsureSuccessStatusCode();
        var left = await desk.GetStringAsync($"{CopiesPath}/to-relabel?siteCode={site}");
        left.ShouldNotContain(lost.Id.ToString());
        left.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(renumbered.Count - 1);
        var toRelabel = await cataloguer.GetStringAsync($"{ImportTestApi.ImportsPath}/{moved.BatchId}/registration-numbers?toRelabel=true");
        toRelabel.ShouldNotContain(moved.CopyId.ToString());
        toRelabel.ShouldContain(renumbered[1].CopyId.ToString());
        (await cataloguer.GetStringAsync($"{ImportTestApi.ImportsPath}/{moved.BatchId}/registration-numbers?renumberedOnly=true"))
            .Split('\n').Single(l => l.Contains(moved.CopyId.ToString())).Split(',')[^1].ShouldNotBeEmpty();
        // Marking again changes nothing; a copy that kept its number, or none, is refused.
        (await desk.PostAsync($"{CopiesPath}/{moved.CopyId}/relabelled", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var kept = await desk.PostAsync($"{CopiesPath}/{holder}/relabelled", null);
        kept.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await kept.Content.ReadAsStringAsync()).ShouldContain("COPY_NOT_RENUMBERED");
        (await desk.PostAsync($"{CopiesPath}/{Guid.NewGuid()}/relabelled", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var manager = await api.StaffAsync(Roles.Manager, site);
        (await manager.PostAsync($"{CopiesPath}/{moved.CopyId}/relabelled", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await manager.GetAsync($"{CopiesPath}/to-relabel?siteCode={site}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await manager.GetAsync($"{CopiesPath}/to-relabel/labels?siteCode={site}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_relabelling_round_When_its_new_labels_are_scanned_at_once_Then_those_copies_are_marked_and_each_other_scan_is_refused_on_its_line(string provider)
    {
        var api = await apis.For(provider);
        var site = await api.SiteAsync();
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, site);
        var desk = await api.StaffAsync(Roles.DeskStaff, site);
        var renumbered = await MergeTwoLibrariesAsync(api, cataloguer, site, seed: 53);
        var (first, second) = (renumbered[0], renumbered[1]);
        var holder = await CopyNumberedAsync(api, first.OriginalNumber);

        // Scanned as they come off the shelf: one in lower case, one twice, the other library's copy, and a number no copy has.
        var response = await desk.PostAsJsonAsync($"{CopiesPath}/relabelled", new
        {
            registrationNumbers = new[] { first.RegistrationNumber.ToLowerInvariant(), second.RegistrationNumber, second.RegistrationNumber, first.OriginalNumber, "NO-SUCH-1" },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var marked = (await response.Content.ReadFromJsonAsync<RelabelledCopiesResponse>(TestJson.Options))!;
        marked.Relabelled.Select(r => (r.CopyId, r.OldNumbers.Single())).ShouldBe([(first.CopyId, first.OriginalNumber), (second.CopyId, second.OriginalNumber)]);
        marked.Refused.Select(r => (r.RegistrationNumber, r.Code)).ShouldBe([(first.OriginalNumber, Relabelling.NotRenumberedCode), ("NO-SUCH-1", Relabelling.NotFoundCode)]);
        // Both left the round, the others are still on it, and the old label now means the copy that kept it.
        var round = await desk.GetStringAsync($"{CopiesPath}/to-relabel?siteCode={site}");
        round.ShouldNotContain(first.CopyId.ToString());
        round.ShouldNotContain(second.CopyId.ToString());
        round.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1 + renumbered.Count - 2);
        (await FindAsync(api, first.OriginalNumber))!.Id.ShouldBe(holder);
        // Marking again keeps the first time.
        var again = (await (await desk.PostAsJsonAsync($"{CopiesPath}/relabelled", new { registrationNumbers = new[] { first.RegistrationNumber } }))
            .Content.ReadFromJsonAsync<RelabelledCopiesResponse>(TestJson.Options))!;
        // (to the microsecond, which PostgreSQL keeps)
        (again.Relabelled.Single().RelabelledAt.UtcTicks / 10).ShouldBe(marked.Relabelled[0].RelabelledAt.UtcTicks / 10);

        (await desk.PostAsJsonAsync($"{CopiesPath}/relabelled", new { registrationNumbers = Array.Empty<string>() })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await desk.PostAsJsonAsync($"{CopiesPath}/relabelled", new { registrationNumbers = Enumerable.Range(0, Relabelling.MaxPerRequest + 1).Select(n => $"VV.{n:D6}") }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var manager = await api.StaffAsync(Roles.Manager, site);
        (await manager.PostAsJsonAsync($"{CopiesPath}/relabelled", new { registrationNumbers = new[] { first.RegistrationNumber } })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_an_old_label_no_copy_has_as_its_number_When_scanned_Then_it_leads_to_the_renumbered_copy(string provider)
    {
        var api = await apis.For(provider);
        var site = await api.SiteAsync();
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, site);
        var renumbered = await MergeTwoLibrariesAsync(api, cataloguer, site, seed: 47);
        var moved = renumbered[0];
        (await FindAsync(api, "NO-SUCH-" + moved.OriginalNumber)).ShouldBeNull();

        // The copy that kept the number is withdrawn: only the renumbered copy's old label still carries it.
        (await cataloguer.DeleteAsync($"{CopiesPath}/{await CopyNumberedAsync(api, moved.OriginalNumber)}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await FindAsync(api, moved.OriginalNumber))!.Id.ShouldBe(moved.CopyId);
    }

    /// <summary>
    /// Two libraries' exports of different works whose copies have the same registration numbers: the second is renumbered
    /// (VEBRARY-…). Gives the second batch's renumbered copies. Each test has its own seed: the ISBNs follow it, and the
    /// tests share a catalogue.
    /// </summary>
    private static async Task<List<ImportedCopy>> MergeTwoLibrariesAsync(LibraryIlsApi api, HttpClient cataloguer, string site, ulong seed)
    {
        var prefix = Unique.Code("L");
        var (first, _) = GeneratedFiles.Iso2709(3, seed, prefix);
        var (_, others) = GeneratedFiles.Iso2709(3, seed + 1, prefix);
        foreach (var record in others) ((ControlField)record.Fields.First(f => f.Tag == "001")).Value += "B";
        Guid second = default;
        foreach (var (file, source) in new[] { (first, "EMICLIB"), (GeneratedFiles.Write(others), "VEBRARY") })
        {
            var staged = await cataloguer.UploadAsync(file, $"{source}.mrc", new Dictionary<string, string>
                { ["source"] = source, ["siteCode"] = site, ["matchRule"] = "isbn", ["copyMapping"] = "koha952", ["commit"] = "true" });
            var batch = await cataloguer.WaitForAsync(staged.Id, "Committed");
            (batch.Added, batch.Merged).ShouldBe((3, 0));
            second = batch.Id;
        }
        await using var scope = api.Services.CreateAsyncScope();
        var renumbered = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().ImportedCopies.AsNoTracking()
            .Where(c => c.BatchId == second && c.Renumbered).OrderBy(c => c.RecordIndex).ThenBy(c => c.Id).ToListAsync();
        renumbered.Count.ShouldBeGreaterThanOrEqualTo(3, "every record has a first copy, numbered alike in both files");
        return renumbered;
    }

    /// <summary>A rotation batch from the site to a school of its own, with the numbers as a typed list.</summary>
    private static async Task<JsonElement> AddToRotationListAsync(LibraryIlsApi api, HttpClient desk, string site, params string[] numbers)
    {
        var school = Unique.Code("LC");
        var admin = await api.AdminAsync();
        (await admin.PostAsJsonAsync("/api/organization/sites", new
        {
            code = school, name = "Điểm luân chuyển trường học", level = "Commune", kind = "RotationPoint", parentCode = site, pointKind = "School",
        })).EnsureSuccessStatusCode();
        var today = LibraryIls.BuildingBlocks.Localization.VietnamDate.Today(api.Clock);
        var created = await desk.PostAsJsonAsync("/api/circulation/rotation/batches", new
        {
            sendingSiteCode = site, destinationSiteCode = school, plannedFrom = today, plannedUntil = today.AddDays(90),
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var batch = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var added = await desk.PostAsJsonAsync($"/api/circulation/rotation/batches/{batch}/copies", new { registrationNumbers = numbers });
        added.StatusCode.ShouldBe(HttpStatusCode.OK, await added.Content.ReadAsStringAsync());
        return await added.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<CopySummary?> FindAsync(LibraryIlsApi api, string number)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICopyCatalog>().FindByRegistrationNumberAsync(number, CancellationToken.None);
    }

    private static async Task<Guid> CopyNumberedAsync(LibraryIlsApi api, string number)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().Copies.Where(c => c.RegistrationNumber == number).Select(c => c.Id).SingleAsync();
    }
}
