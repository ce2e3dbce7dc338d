using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.BuildingBlocks.Data;

public static class ModuleDatabaseServices
{
    /// <summary>
    /// Registers a module's DbContext. Each engine gets its own subclass because each keeps its own
    /// migrations; handlers only see <typeparamref name="TContext"/>, resolved to the configured engine's subclass.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TSqlServer, TPostgres>(
        this IServiceCollection services, string schema)
        where TContext : ModuleDbContext
        where TSqlite : TContext
        where TSqlServer : TContext
        where TPostgres : TContext
    {
        services.AddSingleton(new ModuleDbContextRegistration(schema, typeof(TContext)));
        Add<TSqlite>(services, schema);
        Add<TSqlServer>(services, schema);
        Add<TPostgres>(services, schema);
        services.AddScoped<TContext>(sp => sp.GetRequiredService<ConnectedDatabase>().Provider switch
        {
            DatabaseProvider.Sqlite => sp.GetRequiredService<TSqlite>(),
            DatabaseProvider.SqlServer => sp.GetRequiredService<TSqlServer>(),
            _ => sp.GetRequiredService<TPostgres>(),
        });
        return services;
    }

    // Pooled: a desk action touches several modules' contexts, and a pooled context costs almost nothing to hand out.
    private static void Add<T>(IServiceCollection services, string schema) where T : DbContext =>
        services.AddDbContextPool<T>((sp, options) =>
        {
            var db = sp.GetRequiredService<ConnectedDatabase>();
            options.UseModuleDatabase(db.Provider, db.ConnectionString, schema);
        });
}
