using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Circulation.Calendar;
using LibraryIls.Circulation.Desk;
using LibraryIls.Circulation.Events;
using LibraryIls.Circulation.Holds;
using LibraryIls.Circulation.Loans;
using LibraryIls.Circulation.MobileVan;
using LibraryIls.Circulation.Notices;
using LibraryIls.Circulation.Rotation;
using LibraryIls.Circulation.Rotation.Usage;
using LibraryIls.Circulation.Rules;
using LibraryIls.Circulation.Transfers;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Data;

internal abstract class CirculationDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "circulation";

    public override string Schema => SchemaName;

    public DbSet<CirculationRule> Rules => Set<CirculationRule>();
    public DbSet<SiteCalendar> Calendars => Set<SiteCalendar>();
    public DbSet<Loan> Loans => Set<Loan>();
    public DbSet<Hold> Holds => Set<Hold>();
    public DbSet<CirculationEvent> Events => Set<CirculationEvent>();
    public DbSet<Transfer> Transfers => Set<Transfer>();
    public DbSet<RotationBatch> RotationBatches => Set<RotationBatch>();
    public DbSet<RotationStage> RotationStages => Set<RotationStage>();
    public DbSet<RotationCopy> RotationCopies => Set<RotationCopy>();
    public DbSet<RotationAuditEntry> RotationAudit => Set<RotationAuditEntry>();
    public DbSet<RotationUsageReport> RotationUsage => Set<RotationUsageReport>();
    public DbSet<MobileTrip> MobileTrips => Set<MobileTrip>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreDateTimeOffsetsAsUtc();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CirculationRule>(rule =>
        {
            rule.ToTable("cir_rules");
            rule.HasKey(r => r.Id);
            rule.Property(r => r.ReaderCategory).HasMaxLength(32);
            rule.Property(r => r.ItemType).HasMaxLength(32);
            rule.ComplexProperty(r => r.LoanPeriod, p => { p.Property(x => x.Length).HasColumnName("LoanLength"); p.Property(x => x.Unit).HasColumnName("LoanUnit"); });
            rule.ComplexProperty(r => r.RenewalPeriod, p => { p.Property(x => x.Length).HasColumnName("RenewalLength"); p.Property(x => x.Unit).HasColumnName("RenewalUnit"); });
            rule.Property(r => r.FinePerDay).HasPrecision(12, 0); // đồng have no minor unit
            rule.Ignore(r => r.Terms);
            rule.Ignore(r => r.Specificity);
        });
        modelBuilder.Entity<SiteCalendar>(calendar =>
        {
            calendar.ToTable("cir_calendars");
            calendar.HasKey(c => c.SiteId);
            calendar.PrimitiveCollection(c => c.ClosedWeekdays).HasField("_closedWeekdays").UsePropertyAccessMode(PropertyAccessMode.Field);
            calendar.OwnsMany(c => c.Closures, closure =>
            {
                closure.ToTable("cir_calendar_closures");
                closure.WithOwner().HasForeignKey("SiteId");
                closure.Property<int>("Id");
                closure.HasKey("Id");
                closure.Property(c => c.Reason).HasMaxLength(200);
            });
            calendar.Navigation(c => c.Closures).HasField("_closures").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<Loan>(loan =>
        {
            loan.ToTable("cir_loans");
            loan.HasKey(l => l.Id);
            loan.Property(l => l.ReaderCategory).HasMaxLength(32);
            loan.Property(l => l.ItemType).HasMaxLength(32);
            // The database itself refuses a second open loan of one copy, whatever the code does.
            loan.HasIndex(l => l.CopyId).IsUnique().HasFilter(Quote("ReturnedAt") + " IS NULL").HasDatabaseName("UX_cir_loans_open_copy");
            loan.HasIndex(l => new { l.ReaderId, l.ReturnedAt });
            loan.HasIndex(l => l.CheckedOutAt);
            loan.Ignore(l => l.IsOpen);
        });
        modelBuilder.Entity<Hold>(hold =>
        {
            hold.ToTable("cir_holds");
            hold.HasKey(h => h.Id);
            hold.Property(h => h.ReaderCategory).HasMaxLength(32);
            hold.Property(h => h.Status).HasConversion<string>().HasMaxLength(16);
            hold.HasIndex(h => new { h.RecordId, h.Status, h.PlacedAt });
            hold.HasIndex(h => new { h.ReaderId, h.Status });
            hold.Ignore(h => h.IsActive);
        });
        modelBuilder.Entity<Transfer>(transfer =>
        {
            transfer.ToTable("cir_transfers");
            transfer.HasKey(t => t.Id);
            transfer.Property(t => t.Reason).HasConversion<string>().HasMaxLength(16);
            // A copy travels on one journey at a time.
            transfer.HasIndex(t => t.CopyId).IsUnique().HasFilter(Quote("ReceivedAt") + " IS NULL").HasDatabaseName("UX_cir_transfers_open_copy");
            transfer.Ignore(t => t.IsOpen);
        });
        modelBuilder.Entity<IdempotentRequest>(request =>
        {
            request.ToTable("cir_idempotent_requests");
            request.HasKey(r => new { r.Key, r.Operation });
            request.Property(r => r.Key).HasMaxLength(100);
            request.Property(r => r.Operation).HasMaxLength(32);
        });
        modelBuilder.Entity<Notice>(notice =>
        {
            notice.ToTable("cir_notices");
            notice.HasKey(n => n.Id);
            notice.Property(n => n.Key).HasMaxLength(120);
            notice.HasIndex(n => n.Key).IsUnique();
            notice.HasIndex(n => n.ReaderId);
            notice.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
            notice.Property(n => n.Channel).HasMaxLength(16);
            notice.Property(n => n.Subject).HasMaxLength(200);
        });
        modelBuilder.Entity<CirculationEvent>(e =>
        {
            e.ToTable("cir_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.SiteLevel).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ItemType).HasMaxLength(32);
            e.Property(x => x.DdcMainClass).HasMaxLength(3);
            e.Property(x => x.ReaderCategory).HasMaxLength(32);
            e.HasIndex(x => x.OccurredAt);
        });
        RotationModel.Configure(modelBuilder, Quote);
        ReportingViews.CirculationDaysModel.Configure(modelBuilder);
    }

    private string Quote(string column) => Database.IsSqlServer() ? $"[{column}]" : $"\"{column}\"";
}

internal sealed class SqliteCirculationDbContext(DbContextOptions<SqliteCirculationDbContext> options) : CirculationDbContext(options);

internal sealed class SqlServerCirculationDbContext(DbContextOptions<SqlServerCirculationDbContext> options) : CirculationDbContext(options);

internal sealed class PostgresCirculationDbContext(DbContextOptions<PostgresCirculationDbContext> options) : CirculationDbContext(options);
