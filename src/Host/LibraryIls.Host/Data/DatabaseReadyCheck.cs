using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LibraryIls.Host.Data;

/// <summary>Ready means: the database answers and no module has a migration waiting.</summary>
internal sealed class DatabaseReadyCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var migrations = scope.ServiceProvider.GetRequiredService<DatabaseMigrations>();
            foreach (var (module, db) in migrations.Contexts())
                if (!await db.Database.CanConnectAsync(ct))
                    return HealthCheckResult.Unhealthy($"Database unreachable ({module}).");
            var pending = await migrations.PendingAsync(ct);
            return pending.Count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"Pending migrations: {string.Join("; ", pending)}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Database check failed.", e);
        }
    }
}
