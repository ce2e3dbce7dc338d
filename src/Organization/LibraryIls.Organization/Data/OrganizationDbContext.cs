using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Organization.Sites;
using LibraryIls.Organization.Staff;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Organization.Data;

internal abstract class OrganizationDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "organization";

    public override string Schema => SchemaName;

    public DbSet<Site> Sites => Set<Site>();

    public DbSet<StaffAccount> StaffAccounts => Set<StaffAccount>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Site>(site =>
        {
            site.ToTable("org_sites");
            site.HasKey(s => s.Id);
            site.Property(s => s.Code).HasMaxLength(32);
            site.HasIndex(s => s.Code).IsUnique();
            site.Property(s => s.Name).HasMaxLength(200);
            site.Property(s => s.Address).HasMaxLength(400);
            site.Property(s => s.Level).HasConversion<string>().HasMaxLength(16);
            site.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
            site.Property(s => s.PointKind).HasConversion<string>().HasMaxLength(40);
            site.HasIndex(s => s.ParentId);
        });
        modelBuilder.Entity<StaffAccount>(staff =>
        {
            staff.ToTable("org_staff_accounts");
            staff.HasKey(s => s.Id);
            staff.Property(s => s.UserName).HasMaxLength(64);
            staff.HasIndex(s => s.UserName).IsUnique();
            staff.Property(s => s.FullName).HasMaxLength(200);
            staff.Property(s => s.PasswordHash).HasMaxLength(256);
            staff.PrimitiveCollection(s => s.Roles).HasField("_roles").UsePropertyAccessMode(PropertyAccessMode.Field);
            staff.PrimitiveCollection(s => s.SiteIds).HasField("_siteIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
    }
}

internal sealed class SqliteOrganizationDbContext(DbContextOptions<SqliteOrganizationDbContext> options)
    : OrganizationDbContext(options);

internal sealed class SqlServerOrganizationDbContext(DbContextOptions<SqlServerOrganizationDbContext> options)
    : OrganizationDbContext(options);

internal sealed class PostgresOrganizationDbContext(DbContextOptions<PostgresOrganizationDbContext> options)
    : OrganizationDbContext(options);
