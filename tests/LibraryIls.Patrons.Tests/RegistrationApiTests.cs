using System.Net;
using LibraryIls.Patrons.Contracts;
using LibraryIls.Patrons.Readers;
using LibraryIls.Patrons.Registrations;

namespace LibraryIls.Patrons.Tests;

public sealed class RegistrationApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    private static object Application(string site, string name, string? phone = "0912345678") => new
    {
        fullName = name, dateOfBirth = "2012-09-01", gender = "Female", categoryCode = "THIEU_NHI", siteCode = site,
        phone, commune = "Xã Hòa Bình", district = "Huyện Trà Ôn", livesInRuralArea = true,
        schoolOrWorkplace = "Trường THCS Lê Lợi",
    };

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_an_online_application_When_the_desk_approves_it_Then_a_card_is_issued_and_the_status_says_approved(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await Desk.SiteAsync(admin, "Commune", rural: true);
        var desk = await api.StaffAsync("DeskStaff", site);
        var name = $"Lê Thị Hoa {Guid.NewGuid().ToString("N")[..6]}";

        var submitted = await (await api.Anonymous().PostAsJsonAsync("/api/patrons/registrations", Application(site, name)))
            .ReadAsync<RegistrationStatusResponse>(HttpStatusCode.Accepted);
        submitted.Status.ShouldBe(RegistrationStatus.Pending);
        submitted.ReferenceCode.Length.ShouldBe(10);

        var pending = await desk.GetFromJsonAsync<List<RegistrationReviewResponse>>("/api/patrons/registration-reviews", TestJson.Options);
        var application = pending!.Single(r => r.ReferenceCode == submitted.ReferenceCode);
        application.FullName.ShouldBe(name);

        var approved = await (await desk.PostAsync($"/api/patrons/registration-reviews/{application.Id}/approve", null))
            .ReadAsync<RegistrationReviewResponse>();
        approved.Status.ShouldBe(RegistrationStatus.Approved);
        approved.CardNumber.ShouldNotBeNull();
        var reader = await desk.GetFromJsonAsync<ReaderResponse>($"/api/patrons/readers/{approved.ReaderId}", TestJson.Options);
        reader!.FullName.ShouldBe(name);
        reader.CategoryCode.ShouldBe("THIEU_NHI");
        reader.Cards.Single().State.ShouldBe(CardState.Valid);

        var status = await api.Anonymous().GetFromJsonAsync<RegistrationStatusResponse>(
            $"/api/patrons/registrations/{submitted.ReferenceCode.ToLowerInvariant()}", TestJson.Options);
        status!.Status.ShouldBe(RegistrationStatus.Approved);
        (await desk.PostAsync($"/api/patrons/registration-reviews/{application.Id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var issued = await Views.ReadAsync<CardEventRowV1>(api, CardEventRowV1.ViewName, site);
        issued.Single().Kind.ShouldBe("Issued");
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_an_online_application_When_rejected_Then_the_applicant_sees_the_reason(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await Desk.SiteAsync(admin);
        var desk = await api.StaffAsync("DeskStaff", site);
        var submitted = await (await api.Anonymous().PostAsJsonAsync("/api/patrons/registrations", Application(site, "Phạm Văn Nam")))
            .ReadAsync<RegistrationStatusResponse>(HttpStatusCode.Accepted);
        var pending = await desk.GetFromJsonAsync<List<RegistrationReviewResponse>>("/api/patrons/registration-reviews", TestJson.Options);
        var id = pending!.Single(r => r.ReferenceCode == submitted.ReferenceCode).Id;

        (await desk.PostAsJsonAsync($"/api/patrons/registration-reviews/{id}/reject", new { reason = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var rejected = await (await desk.PostAsJsonAsync($"/api/patrons/registration-reviews/{id}/reject",
            new { reason = "Thông tin không đầy đủ" })).ReadAsync<RegistrationReviewResponse>();
        rejected.Status.ShouldBe(RegistrationStatus.Rejected);
        rejected.FullName.ShouldBeEmpty();

        var status = await api.Anonymous().GetFromJsonAsync<RegistrationStatusResponse>($"/api/patrons/registrations/{submitted.ReferenceCode}", TestJson.Options);
        status!.Status.ShouldBe(RegistrationStatus.Rejected);
        status.RejectionReason.ShouldBe("Thông tin không đầy đủ");
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_an_application_without_contact_or_with_a_huge_name_When_submitted_Then_400(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await Desk.SiteAsync(admin);
        (await api.Anonymous().PostAsJsonAsync("/api/patrons/registrations", Application(site, "Không Liên Lạc", phone: null)))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await api.Anonymous().PostAsJsonAsync("/api/patrons/registrations", Application(site, new string('A', 5000))))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await api.Anonymous().GetAsync("/api/patrons/registrations/KHONGCOMA1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_an_application_from_a_registered_reader_When_approved_Then_409_with_the_existing_reader_and_it_stays_pending(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await Desk.SiteAsync(admin);
        var name = $"Lý Thị Kim {Guid.NewGuid().ToString("N")[..6]}";
        var existing = await Desk.CreateReaderAsync(admin, Desk.Reader(site, name, born: new DateOnly(2012, 9, 1)));
        var submitted = await (await api.Anonymous().PostAsJsonAsync("/api/patrons/registrations", Application(site, name)))
            .ReadAsync<RegistrationStatusResponse>(HttpStatusCode.Accepted);
        var all = await admin.GetFromJsonAsync<List<RegistrationReviewResponse>>("/api/patrons/registration-reviews", TestJson.Options);
        var id = all!.Single(r => r.ReferenceCode == submitted.ReferenceCode).Id;

        var response = await admin.PostAsync($"/api/patrons/registration-reviews/{id}/approve", null);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("existingReader").GetProperty("id")
            .GetGuid().ShouldBe(existing.Id);
        (await admin.GetFromJsonAsync<List<RegistrationReviewResponse>>("/api/patrons/registration-reviews", TestJson.Options))!
            .ShouldContain(r => r.Id == id);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_an_application_at_another_site_When_a_desk_approves_it_Then_403(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = await Desk.SiteAsync(admin);
        var otherDesk = await api.StaffAsync("DeskStaff", await Desk.SiteAsync(admin));
        var submitted = await (await api.Anonymous().PostAsJsonAsync("/api/patrons/registrations", Application(site, "Võ Thị Sáu")))
            .ReadAsync<RegistrationStatusResponse>(HttpStatusCode.Accepted);
        var all = await admin.GetFromJsonAsync<List<RegistrationReviewResponse>>("/api/patrons/registration-reviews", TestJson.Options);
        var id = all!.Single(r => r.ReferenceCode == submitted.ReferenceCode).Id;
        (await otherDesk.GetFromJsonAsync<List<RegistrationReviewResponse>>("/api/patrons/registration-reviews", TestJson.Options))!
            .ShouldNotContain(r => r.Id == id);
        (await otherDesk.PostAsync($"/api/patrons/registration-reviews/{id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class RegistrationRateLimitApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_one_client_When_it_sends_more_applications_than_the_window_allows_Then_429(string provider)
    {
        var api = await apis.For(provider);
        var client = api.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
            statuses.Add((await client.GetAsync($"/api/patrons/registrations/NOPE{i:D6}")).StatusCode);
        statuses.Take(10).ShouldAllBe(s => s == HttpStatusCode.NotFound);
        statuses.Skip(10).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
    }
}
