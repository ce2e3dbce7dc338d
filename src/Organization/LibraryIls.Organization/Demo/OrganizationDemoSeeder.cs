using System.Security.Cryptography;
using LibraryIls.BuildingBlocks.Demo;
using LibraryIls.Organization.Data;
using LibraryIls.Organization.Sites;
using LibraryIls.Organization.Staff;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Organization.Demo;

internal sealed class OrganizationDemoSeeder(OrganizationDbContext db, SiteChanges sites, StaffRegistry staff)
    : IDemoDataSeeder
{
    public int Order => 0;

    public async Task SeedAsync(TextWriter report, CancellationToken ct)
    {
        var existing = await db.Sites.Select(s => s.Code).ToListAsync(ct);
        var added = 0;
        foreach (var site in DemoNetwork.Sites.Where(s => !existing.Contains(s.Code)))
        {
            await sites.Create(site, ct);
            added++;
        }
        report.WriteLine($"Cơ sở / sites: {added} added, {DemoNetwork.Sites.Count - added} already there.");

        var users = await db.StaffAccounts.Select(s => s.UserName).ToListAsync(ct);
        foreach (var (userName, fullName, role, siteCodes) in DemoNetwork.Staff.Where(s => !users.Contains(s.UserName)))
        {
            // No built-in default password: each demo account gets a fresh one, shown once here.
            var password = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 14);
            await staff.Create(new StaffRequest(userName, fullName, password, [role], siteCodes), ct);
            report.WriteLine($"  {role,-10} {userName,-22} {password}  ({string.Join(", ", siteCodes.DefaultIfEmpty("*"))})");
        }
    }
}
