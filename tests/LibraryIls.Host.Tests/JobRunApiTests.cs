using System.Net;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.Host.Jobs;

namespace LibraryIls.Host.Tests;

/// <summary>An Admin runs a scheduled job now through the API and follows it until it has run; nobody else may.</summary>
public sealed class JobRunApiTests(ApiFixture apis) : IClassFixture<ApiFixture>
{
    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_an_admin_When_the_daily_summaries_are_run_now_Then_the_run_is_followed_to_its_end(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();

        var jobs = (await admin.GetFromJsonAsync<List<ScheduledJobResponse>>("/api/jobs", TestJson.Options))!;
        jobs.ShouldContain(j => j.Name == "circulation.reporting-days" && j.Schedule.Length > 0);

        var started = await admin.PostAsync("/api/jobs/circulation.reporting-days/runs", null);
        started.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var run = (await started.Content.ReadFromJsonAsync<JobRunResponse>(TestJson.Options))!;
        run.Job.ShouldBe("circulation.reporting-days");
        run.StartedBy.ShouldBe(LibraryIlsApi.AdminUser);

        // Until the run says it is over; the deadline only stops a run that never ends from hanging the suite.
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (run.State == "Running")
        {
            await Task.Delay(50, deadline.Token); // not to spin on two cores; the condition decides, not the time
            run = (await admin.GetFromJsonAsync<JobRunResponse>(started.Headers.Location, TestJson.Options, deadline.Token))!;
        }
        run.State.ShouldBe("Succeeded", run.Error);
        run.FinishedAt.ShouldNotBeNull();
    }

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_desk_staff_or_an_unknown_job_When_a_run_is_asked_Then_403_or_404(string provider)
    {
        var api = await apis.For(provider);
        var admin = await api.AdminAsync();
        var site = Unique.Code("J");
        (await admin.PostAsJsonAsync("/api/organization/sites", new { code = site, name = "Thư viện tỉnh", level = "Province", kind = "Library" }))
            .EnsureSuccessStatusCode();
        var desk = await api.StaffAsync(Roles.DeskStaff, site);

        (await desk.PostAsync("/api/jobs/circulation.reporting-days/runs", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await desk.GetAsync("/api/jobs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var unknown = await admin.PostAsync("/api/jobs/khong-co/runs", null);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("khong-co");
        (await admin.GetAsync($"/api/jobs/runs/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
