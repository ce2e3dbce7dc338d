using System.Net;
using LibraryIls.Circulation.Contracts;
using LibraryIls.Circulation.MobileVan;

namespace LibraryIls.Circulation.Tests;

/// <summary>The mobile library van's trips: stops with their counts, the MobileUse events and the published stops view.</summary>
public sealed class MobileTripApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_trip_to_a_school_and_a_hamlet_When_it_is_recorded_Then_the_stops_and_the_mobile_uses_are_published(string provider)
    {
        var rotation = await RotationScenario.StartAsync(await apis.For(provider), copies: 1);
        var van = Unique.Code("XE");
        (await rotation.Desk.Admin.PostAsJsonAsync("/api/organization/sites", new
        {
            code = van, name = "Xe thư viện lưu động " + van, level = "District", kind = "MobileVan", parentCode = rotation.Desk.Site,
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var yesterday = rotation.Today.AddDays(-1);

        var response = await rotation.Staff.PostAsJsonAsync("/api/circulation/mobile-trips", new
        {
            vanSiteCode = van, date = yesterday, stockTaken = 1200, staffOnBoard = new[] { "Nguyễn Văn Tài", "Lê Thị Hồng" },
            stops = new object[]
            {
                new { siteCode = rotation.School, readersServed = 64, itemsUsed = 150 },
                new { placeName = "Ấp Phú Thạnh, xã Phú Quới", readersServed = 23, itemsUsed = 41, isRural = true },
                new { placeName = "Chợ xã", readersServed = 5, itemsUsed = 0 },
            },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var trip = (await response.Content.ReadFromJsonAsync<MobileTripResponse>(TestJson.Options))!;
        (trip.ReadersServed, trip.ItemsUsed, trip.StaffOnBoard.Count).ShouldBe((92, 191, 2));
        (await rotation.Staff.GetFromJsonAsync<MobileTripResponse>($"/api/circulation/mobile-trips/{trip.Id}", TestJson.Options))!.Stops.Count.ShouldBe(3);
        (await rotation.Staff.GetFromJsonAsync<List<MobileTripResponse>>($"/api/circulation/mobile-trips?vanSiteCode={van}", TestJson.Options))!
            .Single().Id.ShouldBe(trip.Id);

        var vanId = await rotation.SiteIdAsync(van);
        (await rotation.ViewAsync<CirculationEventRowV1>(CirculationEventRowV1.ViewName, "\"SiteId\" = {0}", vanId))
            .Select(e => (e.Kind, e.SiteLevel, e.Count, DateOnly.FromDateTime(e.OccurredAtUtc))).OrderBy(e => e.Count)
            .ShouldBe([("MobileUse", "District", 41, yesterday), ("MobileUse", "District", 150, yesterday)]);
        var stops = await rotation.ViewAsync<MobileVanStopRowV1>(MobileVanStopRowV1.ViewName, "\"TripId\" = {0}", trip.Id);
        stops.OrderBy(s => s.StopNumber).Select(s => (s.TripDate, s.VanSiteId, s.StopNumber, s.StopSiteId, s.StopPointKind, s.SiteLevel, s.IsRural,
                s.ReadersServed, s.ItemsUsed))
            .ShouldBe([
                (yesterday, vanId, 1, (Guid?)await rotation.SiteIdAsync(rotation.School), (string?)"School", "Commune", true, 64, 150),
                (yesterday, vanId, 2, null, null, "District", true, 23, 41),
                (yesterday, vanId, 3, null, null, "District", false, 5, 0),
            ]);
        stops.Single(s => s.StopNumber == 2).StopName.ShouldBe("Ấp Phú Thạnh, xã Phú Quới");
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_site_that_is_no_van_or_a_trip_not_yet_made_When_it_is_recorded_Then_it_is_refused(string provider)
    {
        var rotation = await RotationScenario.StartAsync(await apis.For(provider), copies: 1);
        object Trip(string van, DateOnly date, object stop) => new
        {
            vanSiteCode = van, date, stockTaken = 100, staffOnBoard = new[] { "Lê Thị Hồng" }, stops = new[] { stop },
        };
        var stop = new { placeName = "Ấp Phú Thạnh", readersServed = 1, itemsUsed = 1 };
        await RotationScenario.RefusedAsync(await rotation.Staff.PostAsJsonAsync("/api/circulation/mobile-trips",
            Trip(rotation.Desk.Site, rotation.Today, stop)), "NOT_A_MOBILE_VAN");
        var van = Unique.Code("XE");
        (await rotation.Desk.Admin.PostAsJsonAsync("/api/organization/sites", new
        {
            code = van, name = "Xe " + van, level = "District", kind = "MobileVan", parentCode = rotation.Desk.Site,
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await RotationScenario.RefusedAsync(await rotation.Staff.PostAsJsonAsync("/api/circulation/mobile-trips",
            Trip(van, rotation.Today.AddDays(2), stop)), "TRIP_IN_FUTURE");
        (await rotation.Staff.PostAsJsonAsync("/api/circulation/mobile-trips",
            Trip(van, rotation.Today, new { siteCode = rotation.School, placeName = "Trường", readersServed = 1, itemsUsed = 1 })))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await rotation.Staff.PostAsJsonAsync("/api/circulation/mobile-trips",
            Trip(van, rotation.Today, new { placeName = "Ấp", readersServed = -1, itemsUsed = 1 })))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
