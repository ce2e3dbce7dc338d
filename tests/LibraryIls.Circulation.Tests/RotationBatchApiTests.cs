using System.Net;
using System.Text;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Circulation.Contracts;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Rotation;
using LibraryIls.Circulation.Rotation.Batches;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Circulation.Tests;

/// <summary>A rotation batch through every state, with the refusals a desk meets on the way.</summary>
public sealed class RotationBatchApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_draft_batch_When_it_is_dispatched_received_used_moved_on_returned_and_closed_Then_each_copy_is_reconciled(string provider)
    {
        var rotation = await RotationScenario.StartAsync(await apis.For(provider), copies: 10);
        var copies = rotation.Desk.Copies;
        var batch = await rotation.CreateAsync();
        batch.State.ShouldBe(RotationState.Draft);
        var url = $"/api/circulation/rotation/batches/{batch.Id}";

        // By registration number: an unknown one and a repeated one are refused, the rest go in.
        var added = await Read<AddCopiesResponse>(await rotation.Staff.PostAsJsonAsync(url + "/copies",
            new { registrationNumbers = new[] { copies[0], copies[1], "VV.KHONGCO" } }));
        added.Added.Count.ShouldBe(2);
        added.Refused.Single().Code.ShouldBe("NOT_FOUND");
        (await Read<AddCopiesResponse>(await rotation.Staff.PostAsJsonAsync(url + "/copies", new { registrationNumbers = new[] { copies[0] } })))
            .Refused.Single().Code.ShouldBe("COPY_ALREADY_IN_BATCH");
        // By an uploaded list (a CSV export with a header line).
        var list = new StringContent($"Số ĐKCB;Nhan đề\n{copies[2]};Tắt đèn\n{copies[3]};Tắt đèn\n", Encoding.UTF8, "text/csv");
        (await Read<AddCopiesResponse>(await rotation.Staff.PostAsync(url + "/copies/list", list))).Added.ShouldBe([copies[2], copies[3]]);
        // Picked by a query: two more lending-stock books of type SACH not in any batch.
        var picked = await Read<AddCopiesResponse>(await rotation.Staff.PostAsJsonAsync(url + "/copies/pick",
            new { count = 2, itemType = "SACH", location = "Lending", ddcMainClass = "800" }));
        picked.Added.Count.ShouldBe(2);
        picked.Added.ShouldNotContain(copies[0]);
        picked.CopiesInBatch.ShouldBe(6);
        (await rotation.Staff.DeleteAsync($"{url}/copies/{picked.Added[1]}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var sent = new[] { copies[0], copies[1], copies[2], copies[3], picked.Added[0] };

        // A copy is in one open batch only.
        var other = await rotation.CreateAsync(rotation.BorderPost);
        (await Read<AddCopiesResponse>(await rotation.Staff.PostAsJsonAsync($"/api/circulation/rotation/batches/{other.Id}/copies",
            new { registrationNumbers = new[] { copies[0] } }))).Refused.Single().Code.ShouldBe("COPY_IN_ANOTHER_BATCH");

        // Steps out of order are refused.
        await RotationScenario.RefusedAsync(await rotation.Staff.PostAsJsonAsync(url + "/receive", new { }), "ROTATION_STEP_NOT_ALLOWED");
        await RotationScenario.RefusedAsync(await rotation.Staff.PostAsJsonAsync(url + "/return", new { }), "ROTATION_STEP_NOT_ALLOWED");
        await RotationScenario.RefusedAsync(await rotation.Staff.PostAsync(url + "/close", null), "ROTATION_STEP_NOT_ALLOWED");
        await RotationScenario.RefusedAsync(await rotation.Staff.PostAsync($"/api/circulation/rotation/batches/{other.Id}/dispatch", null), "ROTATION_BATCH_EMPTY");

        var dispatched = await rotation.StepAsync(batch.Id, "dispatch");
        dispatched.State.ShouldBe(RotationState.Dispatched);
        var school = await rotation.SiteIdAsync(rotation.School);
        var atSchool = await rotation.CopyAsync(copies[0]);
        (atSchool.Status, atSchool.SiteId, atSchool.Location).ShouldBe((CopyStatus.InRotation, school, CopyLocation.Rotation));
        await RotationScenario.RefusedAsync(await rotation.Staff.PostAsync(url + "/dispatch", null), "ROTATION_STEP_NOT_ALLOWED");
        await RotationScenario.RefusedAsync(await rotation.Staff.PostAsJsonAsync(url + "/copies", new { registrationNumbers = new[] { copies[5] } }),
            "ROTATION_BATCH_NOT_DRAFT");
        await RotationScenario.RefusedAsync(await rotation.Staff.PostAsJsonAsync(url + "/move-on",
            new { destinationSiteCode = rotation.BorderPost, plannedUntil = rotation.Today.AddDays(60) }), "ROTATION_STEP_NOT_ALLOWED");

        // Received with one copy missing on arrival: it is lost, and settled.
        var received = await rotation.StepAsync(batch.Id, "receive", new { missingOnArrival = new[] { copies[1] } });
        received.State.ShouldBe(RotationState.Received);
        received.Copies.Single(c => c.RegistrationNumber == copies[1]).Outcome.ShouldBe(RotationCopyOutcome.MissingOnArrival);
        (await rotation.CopyAsync(copies[1])).Status.ShouldBe(CopyStatus.Lost);
        (await rotation.StepAsync(batch.Id, "in-use")).State.ShouldBe(RotationState.InUse);
        await RotationScenario.RefusedAsync(await rotation.Staff.PostAsync(url + "/in-use", null), "ROTATION_STEP_NOT_ALLOWED");
        await RotationScenario.RefusedAsync(await rotation.Staff.PostAsJsonAsync(url + "/move-on",
            new { destinationSiteCode = rotation.School, plannedUntil = rotation.Today.AddDays(60) }), "ROTATION_SAME_DESTINATION");

        // Moved on to the border post without coming home; one copy comes back damaged instead.
        var moved = await rotation.StepAsync(batch.Id, "move-on",
            new { destinationSiteCode = rotation.BorderPost, plannedUntil = rotation.Today.AddDays(60), damaged = new[] { copies[2] } });
        moved.State.ShouldBe(RotationState.Dispatched);
        moved.Stages.Select(s => (s.Number, s.State, s.CopiesSent, s.CopiesMovedOn, s.CopiesDamaged, s.CopiesMissing))
            .ShouldBe([(1, RotationState.MovedOn, 5, 3, 1, 1), (2, RotationState.Dispatched, 3, 0, 0, 0)]);
        (await rotation.CopyAsync(copies[0])).SiteId.ShouldBe(await rotation.SiteIdAsync(rotation.BorderPost));
        var damaged = await rotation.CopyAsync(copies[2]);
        (damaged.Status, damaged.SiteId, damaged.Location).ShouldBe((CopyStatus.Damaged, await rotation.SiteIdAsync(rotation.Desk.Site), CopyLocation.Lending));
        (await rotation.Staff.PostAsync(url + "/receive", null)).StatusCode.ShouldBe(HttpStatusCode.OK); // no body: nothing missing

        // The return must account for every copy still out.
        await RotationScenario.RefusedAsync(await rotation.Staff.PostAsJsonAsync(url + "/return", new { returned = new[] { copies[0] } }),
            "COPIES_NOT_ACCOUNTED_FOR");
        await RotationScenario.RefusedAsync(await rotation.Staff.PostAsJsonAsync(url + "/return", new { returned = new[] { copies[5] } }), "COPY_NOT_IN_BATCH");
        (await rotation.Staff.PostAsJsonAsync(url + "/return", new { returned = new[] { copies[0] }, missing = new[] { copies[0] } }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await rotation.Staff.PostAsJsonAsync(url + "/copies", new { registrationNumbers = (string[]?)null }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var returned = await rotation.StepAsync(batch.Id, "return", new { returned = new[] { copies[0], copies[3] }, missing = new[] { picked.Added[0] } });
        returned.State.ShouldBe(RotationState.Returned);
        var home = await rotation.CopyAsync(copies[0]);
        (home.Status, home.SiteId, home.Location).ShouldBe((CopyStatus.Available, await rotation.SiteIdAsync(rotation.Desk.Site), CopyLocation.Lending));
        (await rotation.CopyAsync(picked.Added[0])).Status.ShouldBe(CopyStatus.Lost);

        var closed = await rotation.StepAsync(batch.Id, "close");
        closed.State.ShouldBe(RotationState.Closed);
        closed.History.Select(h => h.Action.Split(" / ")[1]).ShouldBe(
            ["created", "copies added", "copies added", "picked by query (2)", "copy removed", "dispatched", "received", "in use", "moved on", "received", "returned", "closed"]);
        closed.History.ShouldAllBe(h => h.StaffName.StartsWith("deskstaff."));
        await RotationScenario.RefusedAsync(await rotation.Staff.PostAsync(url + "/close", null), "ROTATION_STEP_NOT_ALLOWED");

        // Back home and settled, the copy may go out with another batch.
        (await Read<AddCopiesResponse>(await rotation.Staff.PostAsJsonAsync($"/api/circulation/rotation/batches/{other.Id}/copies",
            new { registrationNumbers = new[] { copies[0] } }))).Added.ShouldBe([copies[0]]);

        var rows = await rotation.ViewAsync<RotationBatchRowV1>(RotationBatchRowV1.ViewName, "\"BatchId\" = {0}", batch.Id);
        rows.OrderBy(r => r.StageNumber).Select(r => (r.StageNumber, r.State, r.DestinationKind, r.DestinationPointKind, r.DestinationLevel,
                r.DestinationIsRural, r.DestinationIsDisadvantaged, r.CopiesSent, r.CopiesReturned, r.CopiesMissing, r.CopiesDamaged, r.CopiesMovedOn))
            .ShouldBe([
                (1, "MovedOn", "RotationPoint", "School", "Commune", true, false, 5, 0, 1, 1, 3),
                (2, "Closed", "RotationPoint", "BorderPost", "Commune", true, true, 3, 2, 1, 0, 0),
            ]);
        rows.ShouldAllBe(r => r.BatchCode == batch.Code && r.DispatchedAtUtc != null && r.ReceivedAtUtc != null && r.ReturnedAtUtc != null
            && r.ClosedAtUtc != null && r.DispatchedAtUtc.Value.Kind != DateTimeKind.Local);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_copy_in_rotation_When_a_desk_lends_it_Then_only_the_point_may_and_it_stays_in_rotation(string provider)
    {
        var rotation = await RotationScenario.StartAsync(await apis.For(provider), copies: 2);
        var copy = rotation.Desk.Copies[0];
        var batch = await rotation.AtTheSchoolAsync(copy);
        var card = await rotation.Desk.ReaderWithCardAsync();

        await RotationScenario.RefusedAsync(await rotation.Desk.CheckOutAsync(card, copy), "ITEM_IN_ROTATION_ELSEWHERE");

        (await rotation.Desk.Admin.PostAsJsonAsync("/api/circulation/rules", new
        {
            siteCode = rotation.School, loanLength = 14, loanUnit = "Days", maxLoans = 3, renewalsAllowed = 0, renewalLength = 7,
            renewalUnit = "Days", holdsAllowed = false, maxHolds = 0, onSiteOnly = false, blockAfterDaysOverdue = 30,
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await rotation.Desk.CheckOutAsync(card, copy, rotation.School)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await RotationScenario.RefusedAsync(await rotation.Staff.PostAsJsonAsync($"/api/circulation/rotation/batches/{batch.Id}/return",
            new { returned = new[] { copy } }), "COPY_ON_LOAN_AT_POINT");
        (await rotation.Desk.ReturnAsync(copy, rotation.School)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await rotation.CopyAsync(copy);
        (after.Status, after.SiteId).ShouldBe((CopyStatus.InRotation, await rotation.SiteIdAsync(rotation.School)));

        (await rotation.StepAsync(batch.Id, "return", new { returned = new[] { copy } })).State.ShouldBe(RotationState.Returned);
        (await rotation.CopyAsync(copy)).Status.ShouldBe(CopyStatus.Available);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_a_destination_that_is_not_a_rotation_point_or_a_foreign_desk_When_a_batch_is_made_Then_it_is_refused(string provider)
    {
        var rotation = await RotationScenario.StartAsync(await apis.For(provider), copies: 1);
        var district = await DeskScenario.SiteAsync(rotation.Desk.Admin);
        await RotationScenario.RefusedAsync(await rotation.Staff.PostAsJsonAsync("/api/circulation/rotation/batches", new
        {
            sendingSiteCode = rotation.Desk.Site, destinationSiteCode = district, plannedFrom = rotation.Today,
            plannedUntil = rotation.Today.AddDays(30),
        }), "NOT_A_ROTATION_POINT");
        (await rotation.Staff.PostAsJsonAsync("/api/circulation/rotation/batches", new
        {
            sendingSiteCode = rotation.Desk.Site, destinationSiteCode = rotation.School, plannedFrom = rotation.Today,
            plannedUntil = rotation.Today.AddDays(-1),
        })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var batch = await rotation.CreateAsync();
        var stranger = await rotation.Desk.Api.StaffAsync("DeskStaff", district);
        (await stranger.GetAsync($"/api/circulation/rotation/batches/{batch.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stranger.PostAsync($"/api/circulation/rotation/batches/{batch.Id}/dispatch", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stranger.GetFromJsonAsync<List<BatchSummary>>("/api/circulation/rotation/batches", TestJson.Options))!.ShouldBeEmpty();
        (await rotation.Staff.GetFromJsonAsync<List<BatchSummary>>($"/api/circulation/rotation/batches?siteCode={rotation.School}", TestJson.Options))!
            .Select(b => b.Id).ShouldBe([batch.Id]);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_eight_draft_batches_When_they_take_the_same_copy_at_once_Then_exactly_one_gets_it(string provider)
    {
        var rotation = await RotationScenario.StartAsync(await apis.For(provider), copies: 1);
        var drafts = new List<BatchResponse>();
        for (var i = 0; i < 8; i++) drafts.Add(await rotation.CreateAsync(i % 2 == 0 ? rotation.School : rotation.BorderPost));
        var answers = await Task.WhenAll(drafts.Select(d => rotation.Staff.PostAsJsonAsync($"/api/circulation/rotation/batches/{d.Id}/copies",
            new { registrationNumbers = new[] { rotation.Desk.Copies[0] } })));
        var took = 0;
        foreach (var answer in answers)
        {
            var body = await answer.Content.ReadAsStringAsync();
            if (answer.StatusCode == HttpStatusCode.Conflict) body.ShouldContain("COPY_IN_ANOTHER_BATCH");
            else if ((await answer.Content.ReadFromJsonAsync<AddCopiesResponse>(TestJson.Options))!.Added.Count == 1) took++;
            else body.ShouldContain("COPY_IN_ANOTHER_BATCH");
        }
        took.ShouldBe(1);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_two_desks_When_they_dispatch_the_same_batch_at_once_Then_one_dispatches_and_the_other_is_told_no(string provider)
    {
        var rotation = await RotationScenario.StartAsync(await apis.For(provider), copies: 2);
        var batch = await rotation.CreateAsync();
        (await rotation.Staff.PostAsJsonAsync($"/api/circulation/rotation/batches/{batch.Id}/copies",
            new { registrationNumbers = rotation.Desk.Copies.ToArray() })).EnsureSuccessStatusCode();
        var second = await rotation.Desk.Api.StaffAsync("DeskStaff", rotation.Desk.Site);
        var answers = await Task.WhenAll(new[] { rotation.Staff, second }.Select(desk =>
            desk.PostAsync($"/api/circulation/rotation/batches/{batch.Id}/dispatch", null)));
        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        var refused = answers.Single(a => a.StatusCode != HttpStatusCode.OK);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict, await refused.Content.ReadAsStringAsync());
        (await refused.Content.ReadAsStringAsync()).ShouldMatch("ROTATION_STEP_NOT_ALLOWED|CONCURRENT_CHANGE");
        (await rotation.Staff.GetFromJsonAsync<BatchResponse>($"/api/circulation/rotation/batches/{batch.Id}", TestJson.Options))!
            .History.Count(h => h.Action.EndsWith("dispatched")).ShouldBe(1);
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_two_desks_holding_the_same_batch_When_both_save_Then_the_second_is_a_concurrent_change_and_later_saves_go_through(string provider)
    {
        var rotation = await RotationScenario.StartAsync(await apis.For(provider), copies: 1);
        var batch = await rotation.CreateAsync();
        (await rotation.Staff.PostAsJsonAsync($"/api/circulation/rotation/batches/{batch.Id}/copies",
            new { registrationNumbers = new[] { rotation.Desk.Copies[0] } })).EnsureSuccessStatusCode();
        using var first = rotation.Desk.Api.Services.CreateScope();
        using var second = rotation.Desk.Api.Services.CreateScope();
        var (db1, db2) = (first.ServiceProvider.GetRequiredService<CirculationDbContext>(), second.ServiceProvider.GetRequiredService<CirculationDbContext>());
        var (b1, b2) = (await Load(db1, batch.Id), await Load(db2, batch.Id));

        db1.RotationCopies.Remove(b1.Remove(rotation.Desk.Copies[0]));
        await db1.SaveChangesAsync();
        db2.RotationCopies.Remove(b2.Remove(rotation.Desk.Copies[0]));
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());

        // SQLite saves are queued in process: the conflict must not leave the queue closed.
        // The deadline only stops a queue left closed from hanging the run; the save itself must succeed.
        var next = await rotation.CreateAsync().WaitAsync(TimeSpan.FromSeconds(30));
        next.State.ShouldBe(RotationState.Draft);
    }

    private static Task<RotationBatch> Load(CirculationDbContext db, Guid id) =>
        db.RotationBatches.Include(b => b.Stages).Include(b => b.Copies).SingleAsync(b => b.Id == id);

    private static async Task<T> Read<T>(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>(TestJson.Options))!;
    }
}
