using System.Security.Claims;
using FluentValidation;
using LibraryIls.BuildingBlocks.Validation;
using LibraryIls.Organization.Contracts;
using LibraryIls.Reporting.Annual;
using LibraryIls.Reporting.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Reporting.Inputs;

/// <summary>The figures a site's staff enter for a year, e.g. { "digitisation.pages": 12000, "population.total": 1020000 }.</summary>
public sealed record AnnualInputsRequest(string SiteCode, IReadOnlyDictionary<string, decimal> Values);

public sealed record AnnualInputResponse(int Year, string SiteCode, string Key, string Name, decimal Value, DateTimeOffset UpdatedAt, string UpdatedBy);

/// <summary>A key the report knows, for the form staff fill in.</summary>
public sealed record InputKeyResponse(string Key, string Name, string NameEn, string Unit, string Rule);

internal sealed class AnnualInputsRequestValidator : AbstractValidator<AnnualInputsRequest>
{
    public AnnualInputsRequestValidator()
    {
        RuleFor(r => r.SiteCode).NotEmpty().MaximumLength(32);
        RuleFor(r => r.Values).NotEmpty();
        RuleForEach(r => r.Values).Must(v => InputKeys.Find(v.Key) is not null)
            .WithMessage((_, v) => $"Chỉ tiêu «{v.Key}» không có trong danh mục / unknown key «{v.Key}». Keys: {string.Join(", ", InputKeys.All.Select(k => k.Key))}");
        RuleForEach(r => r.Values).Must(v => v.Value >= 0 && v.Value < 1_000_000_000_000m).WithMessage("Giá trị không âm / value must not be negative.");
    }
}

internal static class InputEndpoints
{
    public static void MapAnnualInputs(this RouteGroupBuilder reporting)
    {
        var inputs = reporting.MapGroup("/inputs").WithTags("Reporting: annual inputs");

        inputs.MapGet("/keys", () => TypedResults.Ok(InputKeys.All.Select(k => new InputKeyResponse(k.Key, k.NameVi, k.NameEn, k.Unit, k.Rule)).ToList()))
            .WithName("AnnualInputKeys");

        inputs.MapPut("/{year:int}", async Task<Results<Ok<List<AnnualInputResponse>>, ValidationProblem>> (int year, AnnualInputsRequest request,
                ClaimsPrincipal user, ISiteDirectory sites, IStaffSiteScope scope, ReportingDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                if (year is < 2000 or > 2100)
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = ["Năm phải từ 2000 đến 2100 / year must be 2000–2100."] });
                var site = await sites.GetByCodeAsync(request.SiteCode, ct);
                await scope.EnsureCanActAtAsync(user, site.Id, ct);
                var by = user.Identity?.Name ?? "?";
                var existing = await db.AnnualInputs.Where(i => i.Year == year && i.SiteId == site.Id).ToListAsync(ct);
                foreach (var (key, value) in request.Values)
                {
                    if (existing.FirstOrDefault(i => i.Key == key) is { } input) input.Change(value, by, clock.GetUtcNow());
                    else db.AnnualInputs.Add(AnnualInput.Enter(year, site.Id, site.Code, key, value, by, clock.GetUtcNow()));
                }
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(await List(db, year, new HashSet<Guid> { site.Id }, ct));
            })
            .ValidateRequest<AnnualInputsRequest>().ForManagers().WithName("EnterAnnualInputs")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        inputs.MapGet("/{year:int}", async Task<Ok<List<AnnualInputResponse>>> (int year, ClaimsPrincipal user, IStaffSiteScope scope,
                ReportingDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await List(db, year, await scope.SitesAsync(user, ct), ct)))
            .ForManagers().WithName("AnnualInputs");
    }

    private static async Task<List<AnnualInputResponse>> List(ReportingDbContext db, int year, IReadOnlySet<Guid>? sites, CancellationToken ct)
    {
        var query = db.AnnualInputs.AsNoTracking().Where(i => i.Year == year);
        if (sites is not null) query = query.Where(i => sites.Contains(i.SiteId));
        var rows = await query.ToListAsync(ct);
        return rows.OrderBy(r => r.SiteCode, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new AnnualInputResponse(r.Year, r.SiteCode, r.Key, InputKeys.Find(r.Key)?.NameVi ?? r.Key, r.Value, r.UpdatedAt, r.UpdatedBy))
            .ToList();
    }
}
