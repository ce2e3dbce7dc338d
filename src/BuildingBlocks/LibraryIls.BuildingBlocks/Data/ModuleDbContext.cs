using Microsoft.EntityFrameworkCore;

namespace LibraryIls.BuildingBlocks.Data;

/// <summary>
/// Base of every module's DbContext. A module owns its tables: on SQL Server and PostgreSQL they live in
/// the module's schema; SQLite has no schemas, so table names are kept unique app-wide instead.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The module's schema name (also the suffix of its SQLite migrations history table).</summary>
    public abstract string Schema { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (!Database.IsSqlite()) modelBuilder.HasDefaultSchema(Schema);
        ConfigureModel(modelBuilder);
    }

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);
}
