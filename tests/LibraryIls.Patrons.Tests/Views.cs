using LibraryIls.Patrons.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Patrons.Tests;

/// <summary>Reads a published view the way Reporting will: by name, into the row shape from Patrons.Contracts.</summary>
internal static class Views
{
    public static async Task<List<T>> ReadAsync<T>(LibraryIlsApi api, string view, string siteCode)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PatronsDbContext>();
        // The view name is one of the two constants of Patrons.Contracts, never user input.
        var sql = "SELECT * FROM " + (db.Database.IsSqlite() ? view : "patrons." + view) + " WHERE \"SiteCode\" = {0}";
        return await db.Database.SqlQueryRaw<T>(sql, siteCode).ToListAsync();
    }

    public static async Task<int> CountTriggersAsync(LibraryIlsApi api, string name)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PatronsDbContext>();
        // Quartz creates QRTZ_* on SQLite and, unquoted, qrtz_* on PostgreSQL.
        return db.Database.IsSqlite()
            ? await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM QRTZ_TRIGGERS WHERE trigger_name = {name}").SingleAsync()
            : await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM qrtz_triggers WHERE trigger_name = {name}").SingleAsync();
    }
}
