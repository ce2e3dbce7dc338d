using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Catalog.Marc;

namespace LibraryIls.Catalog.Tests.Imports;

/// <summary>
/// The numbers a batch gives its copies when theirs are taken: the prefixed number is looked up only where it may be
/// given, so a number the file carries twice, free in the catalogue, must still find its prefixed form taken.
/// </summary>
public sealed class RegistrationNumberTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_number_twice_in_one_chunk_and_its_prefixed_form_already_used_When_committed_Then_the_second_copy_gets_the_next_free_suffix(string provider)
    {
        var api = await apis.For(provider);
        var site = await api.SiteAsync();
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, site);
        var source = "S" + Unique.Code("")[1..5];
        var number = $"N{Unique.Code("")[1..7]}.1";
        // An earlier batch left a copy numbered as this source's prefix would renumber the number.
        var (_, earlier) = GeneratedFiles.Iso2709(1, seed: 41, Unique.Code("E"));
        NumberCopies(earlier[0], $"{source}-{number}");
        (await cataloguer.WaitForAsync((await Upload(cataloguer, GeneratedFiles.Write(earlier), "OTHER", site)).Id, "Committed")).Added.ShouldBe(1);
        // Two works in the same chunk, each with one copy carrying the same number, which no copy has yet.
        var (_, records) = GeneratedFiles.Iso2709(2, seed: 43, Unique.Code("W"));
        foreach (var record in records) NumberCopies(record, number);

        var batch = await cataloguer.WaitForAsync((await Upload(cataloguer, GeneratedFiles.Write(records), source, site)).Id, "Committed", "Failed");

        batch.Status.ShouldBe("Committed");
        batch.ShouldAddUp();
        (batch.Added, batch.CopiesAdded, batch.CopiesRenumbered).ShouldBe((2, 2, 1));
        var mapping = await cataloguer.GetStringAsync($"{ImportTestApi.ImportsPath}/{batch.Id}/registration-numbers");
        mapping.ShouldContain($"{source},{number},{number},");
        mapping.ShouldContain($"{source},{number},{source}-{number}-2,");
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_copy_numbered_as_another_is_renumbered_in_the_same_chunk_When_committed_Then_it_does_not_take_a_number_already_used(string provider)
    {
        var api = await apis.For(provider);
        var site = await api.SiteAsync();
        var cataloguer = await api.StaffAsync(Roles.Cataloguer, site);
        var source = "S" + Unique.Code("")[1..5];
        var number = $"N{Unique.Code("")[1..7]}.1";
        // The catalogue has the number, and the number with this source's prefix twice over.
        var (_, earlier) = GeneratedFiles.Iso2709(2, seed: 47, Unique.Code("E"));
        NumberCopies(earlier[0], number);
        NumberCopies(earlier[1], $"{source}-{source}-{number}");
        (await cataloguer.WaitForAsync((await Upload(cataloguer, GeneratedFiles.Write(earlier), "OTHER", site)).Id, "Committed")).Added.ShouldBe(2);
        // The first copy is renumbered with the prefix; the second carries that very number as its own.
        var (_, records) = GeneratedFiles.Iso2709(2, seed: 53, Unique.Code("W"));
        NumberCopies(records[0], number);
        NumberCopies(records[1], $"{source}-{number}");

        var batch = await cataloguer.WaitForAsync((await Upload(cataloguer, GeneratedFiles.Write(records), source, site)).Id, "Committed", "Failed");

        batch.Status.ShouldBe("Committed");
        (batch.Added, batch.CopiesAdded, batch.CopiesRenumbered).ShouldBe((2, 2, 2));
        var mapping = await cataloguer.GetStringAsync($"{ImportTestApi.ImportsPath}/{batch.Id}/registration-numbers");
        mapping.ShouldContain($"{source},{number},{source}-{number},");
        mapping.ShouldContain($"{source},{source}-{number},{source}-{source}-{number}-2,");
    }

    /// <summary>Leaves the record one copy (952), numbered <paramref name="number"/>.</summary>
    private static void NumberCopies(MarcRecord record, string number)
    {
        var copies = record.DataFields("952").ToList();
        foreach (var extra in copies.Skip(1)) record.Fields.Remove(extra);
        var at = copies[0].Subfields.FindIndex(s => s.Code == 'p');
        copies[0].Subfields[at] = new Subfield('p', number);
    }

    private static Task<Catalog.Imports.ImportBatchResponse> Upload(HttpClient cataloguer, byte[] file, string source, string site) =>
        cataloguer.UploadAsync(file, "copies.mrc", new Dictionary<string, string>
            { ["source"] = source, ["siteCode"] = site, ["matchRule"] = "isbn", ["copyMapping"] = "koha952", ["commit"] = "true" });
}
