using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LibraryIls.Catalog.Tests.Opac.OpacTestData;

namespace LibraryIls.Catalog.Tests.Opac;

/// <summary>The OPAC's "on the shelf" count under a busy desk: many copies of one title lent and returned at once.</summary>
public sealed class ShelfCountTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_copies_of_one_title_When_desks_change_their_statuses_at_the_same_time_Then_the_shelf_count_stays_exact(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await api.SiteAsync();
        var record = await admin.CreateAsync(Titled("Số đỏ", "Vũ Trọng Phụng"));
        var added = await admin.PostAsJsonAsync($"{CatalogTestApi.RecordsPath}/{record.Id}/copies/bulk",
            CatalogTestApi.BulkCopies(Unique.Code("SD") + ".000001", 24, site));
        added.EnsureSuccessStatusCode();
        var copies = (await added.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).EnumerateArray()
            .Select(c => c.GetProperty("id").GetGuid()).ToList();

        // Each desk in its own request scope, all at once: out go all 24, then every other one comes back, twice over.
        await Task.WhenAll(copies.Select(id => ChangeAsync(api, id, CopyStatus.OnLoan)));
        await Task.WhenAll(copies.Where((_, i) => i % 2 == 0).Select(id => ChangeAsync(api, id, CopyStatus.Available)));
        await Task.WhenAll(copies.Where((_, i) => i % 4 == 0).Select(id => ChangeAsync(api, id, CopyStatus.OnLoan))
            .Concat(copies.Where((_, i) => i % 2 == 1).Select(id => ChangeAsync(api, id, CopyStatus.Available))));

        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var onShelf = await db.Copies.CountAsync(c => c.RecordId == record.Id && c.Status == CopyStatus.Available);
        onShelf.ShouldBe(18);
        var holding = await (from h in db.SearchHoldings
                             join d in db.SearchDocuments on h.DocNo equals d.DocNo
                             where d.RecordId == record.Id
                             select h).SingleAsync();
        holding.Copies.ShouldBe(24);
        holding.Available.ShouldBe(onShelf);
        (await db.Copies.SingleAsync(c => c.Id == copies[0])).Version.ShouldBe(4, "each status change is a new version");
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_an_unknown_copy_When_its_status_is_changed_Then_it_is_not_found(string provider)
    {
        var api = await apis.For(provider);
        using var scope = api.Services.CreateScope();
        var catalog = scope.ServiceProvider.GetRequiredService<ICopyCatalog>();
        await Should.ThrowAsync<LibraryIls.BuildingBlocks.Errors.NotFoundException>(() => catalog.ChangeStatusAsync(Guid.NewGuid(), CopyStatus.OnLoan, default));
    }

    private static async Task ChangeAsync(LibraryIlsApi api, Guid copyId, CopyStatus status)
    {
        await Task.Yield();
        using var scope = api.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ICopyCatalog>().ChangeStatusAsync(copyId, status, default);
    }
}
