using System.Net;
using System.Text.Json;

namespace LibraryIls.Patrons.Tests;

public sealed class DuplicateReaderApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_reader_When_the_same_citizen_id_is_entered_again_Then_409_with_the_existing_reader(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await Desk.SiteAsync(admin);
        var citizenId = Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var existing = await Desk.CreateReaderAsync(admin, Desk.Reader(site, citizenId: citizenId));

        var response = await admin.PostAsJsonAsync("/api/patrons/readers", Desk.Reader(site, "Tên Khác Hẳn", citizenId: citizenId));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("code").GetString().ShouldBe("DUPLICATE_READER");
        body.GetProperty("existingReader").GetProperty("id").GetGuid().ShouldBe(existing.Id);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_reader_When_the_name_is_typed_without_tone_marks_with_the_same_birth_date_Then_409(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await Desk.SiteAsync(admin);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var born = new DateOnly(1985, 3, 9);
        var existing = await Desk.CreateReaderAsync(admin, Desk.Reader(site, $"Trần Thị Ánh Đào {suffix}", born: born));

        // Decomposed Unicode (as some old systems wrote it) and no tone marks at all.
        var decomposed = $"Trần Thị Ánh Đào {suffix}".Normalize(System.Text.NormalizationForm.FormD);
        var again = await admin.PostAsJsonAsync("/api/patrons/readers", Desk.Reader(site, decomposed, born: born));
        var plain = await admin.PostAsJsonAsync("/api/patrons/readers", Desk.Reader(site, $"tran thi anh dao {suffix.ToUpperInvariant()}", born: born));
        var otherBirthday = await admin.PostAsJsonAsync("/api/patrons/readers", Desk.Reader(site, $"Tran Thi Anh Dao {suffix}", born: born.AddDays(1)));

        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        plain.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await plain.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("existingReader").GetProperty("id").GetGuid().ShouldBe(existing.Id);
        otherBirthday.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_malformed_citizen_id_and_no_name_When_a_reader_is_created_Then_400_with_the_fields(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await Desk.SiteAsync(admin);
        var response = await admin.PostAsJsonAsync("/api/patrons/readers", Desk.Reader(site, "", citizenId: "12AB"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("FullName", out _).ShouldBeTrue();
        errors.TryGetProperty("CitizenId", out _).ShouldBeTrue();
    }
}
