using System.Net;
using LibraryIls.Catalog.Copies;
using LibraryIls.Catalog.Records;
using LibraryIls.Patrons.Readers;

namespace LibraryIls.Circulation.Tests;

/// <summary>
/// A site with its own lending rule, a desk, a cataloguer's record with copies and readers with cards,
/// all made through the modules' own APIs as staff would make them.
/// </summary>
internal sealed class DeskScenario
{
    private DeskScenario(LibraryIlsApi api, HttpClient admin, HttpClient desk, string site, Guid recordId, IReadOnlyList<string> copies)
    {
        Api = api;
        Admin = admin;
        Desk = desk;
        Site = site;
        RecordId = recordId;
        Copies = copies;
    }

    public LibraryIlsApi Api { get; }
    public HttpClient Admin { get; }
    public HttpClient Desk { get; }
    public string Site { get; }
    public Guid RecordId { get; }
    public IReadOnlyList<string> Copies { get; }

    public static async Task<DeskScenario> StartAsync(LibraryIlsApi api, int copies = 3, int maxLoans = 5, int renewals = 1,
        string? parentSite = null)
    {
        var admin = await api.AdminAsync();
        var site = await SiteAsync(admin, parentSite);
        (await admin.PostAsJsonAsync("/api/circulation/rules", new
        {
            siteCode = site, loanLength = 14, loanUnit = "Days", maxLoans, renewalsAllowed = renewals, renewalLength = 7,
            renewalUnit = "Days", holdsAllowed = true, maxHolds = 3, onSiteOnly = false, blockAfterDaysOverdue = 30,
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var desk = await api.StaffAsync("DeskStaff", site);
        var cataloguer = await api.StaffAsync("Cataloguer", site);
        var record = await CreateRecordAsync(cataloguer);
        var prefix = "VV." + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var bulk = await cataloguer.PostAsJsonAsync($"/api/catalog/records/{record}/copies/bulk", new
        {
            firstRegistrationNumber = prefix + "001", count = copies, siteCode = site, location = "Lending", itemType = "SACH",
            acquiredOn = "2026-01-15", source = "Purchase", price = 85000,
        });
        bulk.StatusCode.ShouldBe(HttpStatusCode.Created, await bulk.Content.ReadAsStringAsync());
        var made = (await bulk.Content.ReadFromJsonAsync<List<CopyResponse>>(TestJson.Options))!;
        return new DeskScenario(api, admin, desk, site, record, made.Select(c => c.RegistrationNumber).ToList());
    }

    public static async Task<string> SiteAsync(HttpClient admin, string? parent = null)
    {
        var code = Unique.Code("LT");
        (await admin.PostAsJsonAsync("/api/organization/sites", new
        {
            code, name = "Thư viện " + code, level = parent is null ? "District" : "Commune", kind = "Library", parentCode = parent,
        })).EnsureSuccessStatusCode();
        return code;
    }

    /// <summary>A reader of this site with a freshly issued card; returns the card number.</summary>
    public async Task<string> ReaderWithCardAsync(string category = "NGUOI_LON")
    {
        var reader = await Desk.PostAsJsonAsync("/api/patrons/readers", new ReaderRequest(
            $"Trần Thị {Guid.NewGuid().ToString("N")[..6]}", new DateOnly(1995, 4, 30), Gender.Female, category, Site,
            Phone: "0912345678", Address: "5 Nguyễn Huệ", Commune: "Xã Long Phước", District: "Huyện Long Hồ"));
        reader.StatusCode.ShouldBe(HttpStatusCode.Created, await reader.Content.ReadAsStringAsync());
        var id = (await reader.Content.ReadFromJsonAsync<ReaderResponse>(TestJson.Options))!.Id;
        var card = await Desk.PostAsJsonAsync($"/api/patrons/readers/{id}/cards", new { });
        card.StatusCode.ShouldBe(HttpStatusCode.Created, await card.Content.ReadAsStringAsync());
        return (await card.Content.ReadFromJsonAsync<ReaderResponse>(TestJson.Options))!.Cards.Single(c => c.State == Patrons.Contracts.CardState.Valid).Number;
    }

    public Task<HttpResponseMessage> CheckOutAsync(string card, string copy, string? site = null, string? idempotencyKey = null) =>
        CheckOutAsync(Desk, card, copy, site ?? Site, idempotencyKey);

    public static async Task<HttpResponseMessage> CheckOutAsync(HttpClient desk, string card, string copy, string site, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/circulation/loans")
        {
            Content = JsonContent.Create(new { cardNumber = card, registrationNumber = copy, siteCode = site }),
        };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await desk.SendAsync(request);
    }

    public Task<HttpResponseMessage> ReturnAsync(string copy, string? site = null, HttpClient? desk = null) =>
        (desk ?? Desk).PostAsJsonAsync("/api/circulation/returns", new { registrationNumber = copy, siteCode = site ?? Site });

    private static async Task<Guid> CreateRecordAsync(HttpClient cataloguer)
    {
        // MARC-in-JSON, as a cataloguer's client sends it.
        object Data(string tag, string ind1, string ind2, params (string Code, string Value)[] subfields) => new Dictionary<string, object>
        {
            [tag] = new { ind1, ind2, subfields = subfields.Select(s => new Dictionary<string, string> { [s.Code] = s.Value }).ToArray() },
        };
        var record = new
        {
            leader = "00000nam a2200000 i 4500",
            fields = new object[]
            {
                new Dictionary<string, string> { ["001"] = "VN" + Guid.NewGuid().ToString("N")[..9] },
                new Dictionary<string, string> { ["008"] = "190305s2019    vm            000 1 vie d" },
                Data("082", "0", "4", ("a", "895.9223"), ("2", "23/vie")),
                Data("100", "1", " ", ("a", "Ngô, Tất Tố")),
                Data("245", "1", "0", ("a", "Tắt đèn /"), ("c", "Ngô Tất Tố")),
            },
        };
        var response = await cataloguer.PostAsJsonAsync("/api/catalog/records", record);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RecordResponse>(TestJson.Options))!.Id;
    }
}
