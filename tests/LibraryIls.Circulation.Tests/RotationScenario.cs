using System.Net;
using System.Text.Json;
using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Circulation.Data;
using LibraryIls.Circulation.Rotation.Batches;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Circulation.Tests;

/// <summary>
/// A district library (the desk scenario) that sends batches to two rotation points of its own, made through the
/// APIs as staff would make them; helpers read the catalogue and the published views.
/// </summary>
internal sealed class RotationScenario
{
    private RotationScenario(DeskScenario desk, string school, string borderPost)
    {
        Desk = desk;
        School = school;
        BorderPost = borderPost;
    }

    public DeskScenario Desk { get; }
    public string School { get; }
    public string BorderPost { get; }
    public HttpClient Staff => Desk.Desk;

    public static async Task<RotationScenario> StartAsync(LibraryIlsApi api, int copies = 10)
    {
        var desk = await DeskScenario.StartAsync(api, copies);
        var school = await PointAsync(desk.Admin, desk.Site, "School", disadvantaged: false);
        var borderPost = await PointAsync(desk.Admin, desk.Site, "BorderPost", disadvantaged: true);
        return new RotationScenario(desk, school, borderPost);
    }

    public static async Task<string> PointAsync(HttpClient admin, string parent, string pointKind, bool disadvantaged, string kind = "RotationPoint")
    {
        var code = Unique.Code("LC");
        var response = await admin.PostAsJsonAsync("/api/organization/sites", new
        {
            code, name = "Điểm luân chuyển " + code, level = "Commune", kind, parentCode = parent,
            pointKind = kind == "RotationPoint" ? pointKind : null, isRural = true, isDisadvantagedArea = disadvantaged,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return code;
    }

    public async Task<BatchResponse> CreateAsync(string? destination = null)
    {
        var response = await Staff.PostAsJsonAsync("/api/circulation/rotation/batches", new
        {
            sendingSiteCode = Desk.Site, destinationSiteCode = destination ?? School, plannedFrom = Today, plannedUntil = Today.AddDays(90),
            note = "Sách cho học sinh",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<BatchResponse>(TestJson.Options))!;
    }

    /// <summary>A batch with the given copies, dispatched and received at the school.</summary>
    public async Task<BatchResponse> AtTheSchoolAsync(params string[] copies)
    {
        var batch = await CreateAsync();
        (await Staff.PostAsJsonAsync($"/api/circulation/rotation/batches/{batch.Id}/copies", new { registrationNumbers = copies })).EnsureSuccessStatusCode();
        await StepAsync(batch.Id, "dispatch");
        return await StepAsync(batch.Id, "receive", new { });
    }

    public async Task<BatchResponse> StepAsync(Guid batch, string step, object? body = null)
    {
        var response = await Staff.PostAsJsonAsync($"/api/circulation/rotation/batches/{batch}/{step}", body ?? new { });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<BatchResponse>(TestJson.Options))!;
    }

    public static async Task RefusedAsync(HttpResponseMessage response, string code, HttpStatusCode status = HttpStatusCode.Conflict)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        JsonDocument.Parse(body).RootElement.GetProperty("code").GetString().ShouldBe(code, body);
    }

    public async Task<CopySummary> CopyAsync(string registrationNumber)
    {
        using var scope = Desk.Api.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<ICopyCatalog>().FindByRegistrationNumberAsync(registrationNumber, default))!;
    }

    public async Task<Guid> SiteIdAsync(string code)
    {
        using var scope = Desk.Api.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<Organization.Contracts.ISiteDirectory>().FindByCodeAsync(code, default))!.Id;
    }

    /// <summary>Rows of a published view, read as Reporting reads them (schema-qualified on PostgreSQL).</summary>
    public async Task<List<T>> ViewAsync<T>(string view, string where, params object[] parameters)
    {
        using var scope = Desk.Api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirculationDbContext>();
        var name = scope.ServiceProvider.GetRequiredService<ConnectedDatabase>().Provider == DatabaseProvider.Sqlite ? view : "circulation." + view;
        // The view name and the condition are fixed text in the tests, never input.
        var sql = "SELECT * FROM " + name + " WHERE " + where;
        return await db.Database.SqlQueryRaw<T>(sql, parameters).ToListAsync();
    }

    /// <summary>Today in Vietnam on the API's own clock, so a run across midnight agrees with the server.</summary>
    public DateOnly Today => LibraryIls.BuildingBlocks.Localization.VietnamDate.Today(Desk.Api.Clock);
}
