using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LibraryIls.BuildingBlocks.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a provider subclass without a running host or server.
/// A module declares one tiny subclass per engine.
/// </summary>
public abstract class DesignTimeFactory<TContext>(DatabaseProvider provider, string schema)
    : IDesignTimeDbContextFactory<TContext> where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var connection = provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=design-time.db",
            DatabaseProvider.SqlServer => "Server=localhost;Database=libraryils;Integrated Security=true;TrustServerCertificate=true",
            _ => "Host=localhost;Database=libraryils",
        };
        var options = new DbContextOptionsBuilder<TContext>().UseModuleDatabase(provider, connection, schema).Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}
