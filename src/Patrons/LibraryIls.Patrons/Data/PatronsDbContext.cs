using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Patrons.Cards;
using LibraryIls.Patrons.Categories;
using LibraryIls.Patrons.Privacy;
using LibraryIls.Patrons.Readers;
using LibraryIls.Patrons.Registrations;
using LibraryIls.Patrons.Statistics;
using LibraryIls.Patrons.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LibraryIls.Patrons.Data;

internal abstract class PatronsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "patrons";

    public override string Schema => SchemaName;

    public DbSet<ReaderCategory> Categories => Set<ReaderCategory>();
    public DbSet<Reader> Readers => Set<Reader>();
    public DbSet<ReaderCard> Cards => Set<ReaderCard>();
    public DbSet<CardNumberPattern> CardNumberPatterns => Set<CardNumberPattern>();
    public DbSet<CardEvent> CardEvents => Set<CardEvent>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    internal DbSet<OnlineSignIn.ReaderPin> ReaderPins => Set<OnlineSignIn.ReaderPin>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReaderCategory>(c =>
        {
            c.ToTable("pat_categories");
            c.HasKey(x => x.Id);
            c.Property(x => x.Code).HasMaxLength(32);
            c.HasIndex(x => x.Code).IsUnique();
            c.Property(x => x.NameVi).HasMaxLength(100);
            c.Property(x => x.NameEn).HasMaxLength(100);
            c.Property(x => x.Fee).HasPrecision(12, 0);
            c.Property(x => x.CirculationProfile).HasMaxLength(32);
            c.HasData(SeededCategories.Rows);
        });
        modelBuilder.Entity<OnlineSignIn.ReaderPin>(p =>
        {
            p.ToTable("pat_reader_pins");
            p.HasKey(x => x.ReaderId);
            p.Property(x => x.Hash).HasMaxLength(200);
            p.HasOne<Reader>().WithOne().HasForeignKey<OnlineSignIn.ReaderPin>(x => x.ReaderId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Reader>(r =>
        {
            r.ToTable("pat_readers");
            r.HasKey(x => x.Id);
            PersonalFields(r);
            r.Property(x => x.FoldedName).HasMaxLength(200);
            r.HasIndex(x => new { x.FoldedName, x.DateOfBirth });
            r.HasIndex(x => x.CitizenId);
            r.Property(x => x.Notes).HasMaxLength(2000);
            r.Property(x => x.Source).HasMaxLength(32);
            r.HasIndex(x => x.HomeSiteId);
            r.HasOne<ReaderCategory>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
            r.HasMany(x => x.Cards).WithOne().HasForeignKey(c => c.ReaderId);
            r.Navigation(x => x.Cards).HasField("_cards").UsePropertyAccessMode(PropertyAccessMode.Field);
            r.Ignore(x => x.CurrentCard);
        });
        modelBuilder.Entity<ReaderCard>(c =>
        {
            c.ToTable("pat_cards");
            c.HasKey(x => x.Id);
            c.Property(x => x.Number).HasMaxLength(64);
            c.HasIndex(x => x.Number).IsUnique();
            c.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            c.HasIndex(x => new { x.State, x.ValidUntil });
            c.Property(x => x.BlockReason).HasMaxLength(400);
            c.Property(x => x.ReplacedBy).HasMaxLength(64);
            c.Ignore(x => x.IsCurrent);
        });
        modelBuilder.Entity<CardNumberPattern>(p =>
        {
            p.ToTable("pat_card_number_patterns");
            p.HasKey(x => x.SiteId);
            p.Property(x => x.Pattern).HasMaxLength(64);
            // Two desks issuing at once must not get the same running number.
            p.Property(x => x.NextSequence).IsConcurrencyToken();
        });
        modelBuilder.Entity<CardEvent>(e =>
        {
            e.ToTable("pat_card_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasMaxLength(16);
            e.Property(x => x.SiteCode).HasMaxLength(32);
            e.Property(x => x.SiteLevel).HasMaxLength(16);
            e.Property(x => x.CategoryCode).HasMaxLength(32);
            e.HasIndex(x => new { x.EventDate, x.SiteId });
        });
        modelBuilder.Entity<Visit>(v =>
        {
            v.ToTable("pat_visits");
            v.HasKey(x => x.Id);
            v.Property(x => x.SiteCode).HasMaxLength(32);
            v.Property(x => x.SiteLevel).HasMaxLength(16);
            v.Property(x => x.CategoryCode).HasMaxLength(32);
            v.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
            v.Property(x => x.Note).HasMaxLength(400);
            v.HasIndex(x => new { x.VisitDate, x.SiteId });
        });
        VisitDaysModel.Configure(modelBuilder);
        modelBuilder.Entity<Registration>(g =>
        {
            g.ToTable("pat_registrations");
            g.HasKey(x => x.Id);
            g.Property(x => x.ReferenceCode).HasMaxLength(16);
            g.HasIndex(x => x.ReferenceCode).IsUnique();
            g.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            g.HasIndex(x => new { x.Status, x.SiteId });
            PersonalFields(g);
            g.Property(x => x.DecidedBy).HasMaxLength(64);
            g.Property(x => x.RejectionReason).HasMaxLength(400);
            g.Property(x => x.CardNumber).HasMaxLength(64);
        });
        modelBuilder.Entity<AuditEntry>(a =>
        {
            a.ToTable("pat_audit");
            a.HasKey(x => x.Id);
            a.HasIndex(x => new { x.ReaderId, x.AtUtc });
            a.Property(x => x.Action).HasMaxLength(32);
            a.Property(x => x.Actor).HasMaxLength(64);
            a.Property(x => x.Detail).HasMaxLength(1000);
        });
    }

    /// <summary>A reader and an online application hold the same personal fields, sized alike.</summary>
    private static void PersonalFields<T>(EntityTypeBuilder<T> entity) where T : class
    {
        foreach (var (name, length) in new[]
                 {
                     ("FullName", 200), ("CitizenId", 20), ("Phone", 20), ("Email", 254), ("Address", 400),
                     ("Commune", 100), ("District", 100), ("SchoolOrWorkplace", 200), ("CategoryCode", 32),
                 })
            entity.Property(name).HasMaxLength(length);
        entity.Property<Gender?>("Gender").HasConversion<string>().HasMaxLength(8);
    }
}

internal sealed class SqlitePatronsDbContext(DbContextOptions<SqlitePatronsDbContext> options) : PatronsDbContext(options);

internal sealed class SqlServerPatronsDbContext(DbContextOptions<SqlServerPatronsDbContext> options) : PatronsDbContext(options);

internal sealed class PostgresPatronsDbContext(DbContextOptions<PostgresPatronsDbContext> options) : PatronsDbContext(options);
