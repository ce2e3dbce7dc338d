using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Reporting.Inputs;
using LibraryIls.Reporting.Snapshots;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Reporting.Data;

/// <summary>Reporting's own tables only: the stored snapshots and the figures staff enter once a year.</summary>
internal abstract class ReportingDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "reporting";

    public override string Schema => SchemaName;

    public DbSet<ReportSnapshot> Snapshots => Set<ReportSnapshot>();

    public DbSet<AnnualInput> AnnualInputs => Set<AnnualInput>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreDateTimeOffsetsAsUtc();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReportSnapshot>(snapshot =>
        {
            snapshot.ToTable("rpt_snapshots");
            snapshot.HasKey(s => s.Id);
            snapshot.Property(s => s.ScopeSiteCode).HasMaxLength(32);
            snapshot.Property(s => s.Trigger).HasMaxLength(16);
            snapshot.Property(s => s.CreatedBy).HasMaxLength(64);
            snapshot.Property(s => s.Description).HasMaxLength(400);
            snapshot.HasIndex(s => new { s.Year, s.ScopeSiteCode, s.Version }).IsUnique();
        });
        modelBuilder.Entity<AnnualInput>(input =>
        {
            input.ToTable("rpt_annual_inputs");
            input.HasKey(i => i.Id);
            input.Property(i => i.SiteCode).HasMaxLength(32);
            input.Property(i => i.Key).HasMaxLength(48);
            input.Property(i => i.Value).HasPrecision(18, 2);
            input.Property(i => i.UpdatedBy).HasMaxLength(64);
            input.HasIndex(i => new { i.Year, i.SiteId, i.Key }).IsUnique();
        });
    }
}

internal sealed class SqliteReportingDbContext(DbContextOptions<SqliteReportingDbContext> options) : ReportingDbContext(options);

internal sealed class SqlServerReportingDbContext(DbContextOptions<SqlServerReportingDbContext> options) : ReportingDbContext(options);

internal sealed class PostgresReportingDbContext(DbContextOptions<PostgresReportingDbContext> options) : ReportingDbContext(options);
