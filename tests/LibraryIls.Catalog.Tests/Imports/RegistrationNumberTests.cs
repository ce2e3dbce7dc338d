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
        var (cataloguer, site, source, number) = await ArrangeAsync(provider);
        // An earlier batch left a copy numbered as this source's prefix would renumber the number.
        var (_, earlier) = GeneratedFiles.Iso2709(1, seed: 41, Unique.Code("E"));
        NumberCopies(earlier[0], $"{source}-{number}");
        (await ImportAsync(cataloguer, site, "OTHER", earlier)).Added.ShouldBe(1);
        // Two works in the same chunk, each with one copy carrying the same number, which no copy has yet.
        var (_, records) = GeneratedFiles.Iso2709(2, seed: 43, Unique.Code("W"));
        foreach (var record in records) NumberCopies(record, number);

        var batch = await ImportAsync(cataloguer, site, source, records);

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
        var (cataloguer, site, source, number) = await ArrangeAsync(provider);
        // The catalogue has the number, and the number with this source's prefix twice over.
        var (_, earlier) = GeneratedFiles.Iso2709(2, seed: 47, Unique.Code("E"));
        NumberCopies(earlier[0], number);
        NumberCopies(earlier[1], $"{source}-{source}-{number}");
        (await ImportAsync(cataloguer, site, "OTHER", earlier)).Added.ShouldBe(2);
        // The first copy is renumbered with the prefix; the second carries that very number as its own.
        var (_, records) = GeneratedFiles.Iso2709(2, seed: 53, Unique.Code("W"));
        NumberCopies(records[0], number);
        NumberCopies(records[1], $"{source}-{number}");

        var batch = await ImportAsync(cataloguer, site, source, records);

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

    /// <summary>A cataloguer at a new site, a source of its own (short: prefixed twice, numbers stay within 32 characters) and a number no copy has.</summary>
    private async Task<(HttpClient Cataloguer, string Site, string Source, string Number)> ArrangeAsync(string provider)
    {
        var api = await apis.For(provider);
        var site = await api.SiteAsync();
        return (await api.StaffAsync(Roles.Cataloguer, site), site, "S" + Unique.Code("")[1..5], $"N{Unique.Code("")[1..7]}.1");
    }

    /// <summary>The records staged and committed at once, their copies in 952; waits until the batch is committed or has failed.</summary>
    private static async Task<Catalog.Imports.ImportBatchResponse> ImportAsync(HttpClient cataloguer, string site, string source, IEnumerable<MarcRecord> records)
    {
        var batch = await cataloguer.UploadAsync(GeneratedFiles.Write(records), "copies.mrc", new Dictionary<string, string>
            { ["source"] = source, ["siteCode"] = site, ["matchRule"] = "isbn", ["copyMapping"] = "koha952", ["commit"] = "true" });
        return await cataloguer.WaitForAsync(batch.Id, "Committed", "Failed");
    }
}
