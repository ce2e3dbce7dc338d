using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.BuildingBlocks.Security;
using LibraryIls.BuildingBlocks.Validation;
using LibraryIls.Circulation.Data;
using LibraryIls.Organization.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Rules.Api;

internal static class RuleEndpoints
{
    public static void MapRules(this RouteGroupBuilder circulation)
    {
        var rules = circulation.MapGroup("/rules").WithTags("Circulation: rules");

        rules.MapGet("/", async (CirculationDbContext db, ISiteDirectory sites, CancellationToken ct) =>
            {
                var all = await db.Rules.AsNoTracking().ToListAsync(ct);
                var result = new List<RuleResponse>(all.Count);
                foreach (var rule in all.OrderByDescending(r => r.Specificity)) result.Add(await Describe(rule, sites, ct));
                return TypedResults.Ok(result);
            })
            .WithName("ListCirculationRules");

        rules.MapGet("/effective", async Task<Ok<EffectiveRuleResponse>> (string site, string category, string itemType,
                RuleCache cache, ISiteDirectory sites, CancellationToken ct) =>
            {
                var siteInfo = await sites.GetByCodeAsync(site, ct);
                var effective = (await cache.CurrentAsync(ct)).Resolve(siteInfo.Id, category, itemType);
                var candidates = new List<RuleResponse>();
                foreach (var candidate in effective.Candidates) candidates.Add(await Describe(candidate, sites, ct));
                return TypedResults.Ok(new EffectiveRuleResponse(candidates[0], effective.Reason.Current, candidates));
            })
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("ExplainEffectiveRule");

        rules.MapPost("/", async Task<Created<RuleResponse>> (RuleRequest request, CirculationDbContext db, ISiteDirectory sites,
                RuleCache cache, CancellationToken ct) =>
            {
                var siteId = await SiteId(request.SiteCode, sites, ct);
                var rule = CirculationRule.Create(siteId, request.ReaderCategory, request.ItemType, request.Terms);
                if (await db.Rules.AnyAsync(r => r.SiteId == rule.SiteId && r.ReaderCategory == rule.ReaderCategory && r.ItemType == rule.ItemType, ct))
                    throw new RuleViolationException("RULE_CELL_TAKEN", new Bilingual(
                        "Đã có quy định cho đúng cơ sở, loại bạn đọc và loại tài liệu này; hãy sửa quy định đó.",
                        "A rule for exactly this site, reader category and item type exists; change that one."));
                db.Rules.Add(rule);
                await db.SaveChangesAsync(ct);
                cache.Invalidate();
                return TypedResults.Created($"/api/circulation/rules/{rule.Id}", await Describe(rule, sites, ct));
            })
            .ValidateRequest<RuleRequest>()
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CreateCirculationRule");

        rules.MapPut("/{id:guid}", async Task<Ok<RuleResponse>> (Guid id, RuleRequest request, CirculationDbContext db,
                ISiteDirectory sites, RuleCache cache, CancellationToken ct) =>
            {
                var rule = await db.Rules.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw NotFoundException.Of("quy định", "Rule", id);
                rule.Change(request.Terms);
                await db.SaveChangesAsync(ct);
                cache.Invalidate();
                return TypedResults.Ok(await Describe(rule, sites, ct));
            })
            .ValidateRequest<RuleRequest>()
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ChangeCirculationRule");

        rules.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, CirculationDbContext db, RuleCache cache, CancellationToken ct) =>
            {
                var rule = await db.Rules.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw NotFoundException.Of("quy định", "Rule", id);
                db.Rules.Remove(rule);
                await db.SaveChangesAsync(ct);
                cache.Invalidate();
                return TypedResults.NoContent();
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("DeleteCirculationRule");
    }

    private static async Task<Guid?> SiteId(string? code, ISiteDirectory sites, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(code) || code.Trim() == "*" ? null
            : (await sites.FindByCodeAsync(code, ct))?.Id ?? throw new RuleViolationException("SITE_NOT_FOUND",
                new Bilingual($"Không có cơ sở mã '{code}'.", $"No site with code '{code}'."));

    private static async Task<RuleResponse> Describe(CirculationRule r, ISiteDirectory sites, CancellationToken ct)
    {
        var site = r.SiteId is { } id ? (await sites.FindAsync(id, ct))?.Code : null;
        return new RuleResponse(r.Id, site, r.ReaderCategory, r.ItemType, r.LoanPeriod.Length, r.LoanPeriod.Unit, r.MaxLoans,
            r.MaxLoansOfItemType, r.RenewalsAllowed, r.RenewalPeriod.Length, r.RenewalPeriod.Unit, r.HoldsAllowed, r.MaxHolds,
            r.OnSiteOnly, r.BlockAfterDaysOverdue, r.FinePerDay);
    }
}
