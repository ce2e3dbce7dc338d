using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Copies;
using LibraryIls.Catalog.Opac;
using LibraryIls.Catalog.Imports;
using LibraryIls.Catalog.Records;
using LibraryIls.Catalog.Search;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Data;

internal abstract class CatalogDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "catalog";

    public override string Schema => SchemaName;

    public DbSet<BibliographicRecord> Records => Set<BibliographicRecord>();

    public DbSet<RecordHeading> Headings => Set<RecordHeading>();

    public DbSet<RecordVersion> RecordVersions => Set<RecordVersion>();

    public DbSet<Copy> Copies => Set<Copy>();

    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    public DbSet<StagedRecord> StagedRecords => Set<StagedRecord>();

    public DbSet<ImportedCopy> ImportedCopies => Set<ImportedCopy>();

    public DbSet<CatalogCopyRowV1> CopyRowsV1 => Set<CatalogCopyRowV1>();

    public DbSet<CatalogRecordRowV1> RecordRowsV1 => Set<CatalogRecordRowV1>();

    public DbSet<SearchDocument> SearchDocuments => Set<SearchDocument>();

    public DbSet<SearchToken> SearchTokens => Set<SearchToken>();

    public DbSet<OpacAccess> OpacAccesses => Set<OpacAccess>();

    /// <summary>False only while a bulk load writes records and rebuilds the OPAC index afterwards in one pass.</summary>
    public bool IndexOnSave { get; set; } = true;

    /// <summary>SQLite: the words of the documents this save indexes (none: deleted), written as full-text rows after the rows are saved.</summary>
    internal Dictionary<SearchDocument, IReadOnlyList<(SearchField Field, int Position, SearchWord Word)>> WordsToWrite { get; } = [];

    public TimeProvider Clock => this.GetService<TimeProvider>();

    /// <summary>Told by the context's own type: EF's provider name looks up an assembly's name on every call, and the desk asks on every scan.</summary>
    public DatabaseProvider Provider => this switch
    {
        SqliteCatalogDbContext => DatabaseProvider.Sqlite,
        SqlServerCatalogDbContext => DatabaseProvider.SqlServer,
        _ => DatabaseProvider.Postgres,
    };

    public DbSet<SearchHolding> SearchHoldings => Set<SearchHolding>();

    public DbSet<SearchIndexVersion> SearchIndexVersions => Set<SearchIndexVersion>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>The index rows are staged and stamped with a new change version in the transaction that saves them.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await SearchIndexing.StageAsync(this, cancellationToken);
        if (!SearchChanges.Pending(this) && WordsToWrite.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        // The version is raised before the rows are saved: on SQLite that is a write, so the file's write gate is held
        // from there to the commit (else a save queued at the gate waits on this transaction's lock, and this one on the gate).
        await using var gate = await SqliteWriteGate.HoldAsync(this, cancellationToken);
        if (Database.CurrentTransaction is not null)
        {
            await SearchChanges.StampAsync(this, cancellationToken);
            return await SaveWithWordsAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await SearchChanges.StampAsync(this, cancellationToken);
        var saved = await SaveWithWordsAsync(acceptAllChangesOnSuccess, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    private async Task<int> SaveWithWordsAsync(bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        if (WordsToWrite.Count == 0) return saved;
        var words = WordsToWrite.Select(w => (w.Key.DocNo, SqliteWords.Texts(w.Value))).ToList();
        WordsToWrite.Clear();
        await SqliteWords.WriteAsync(this, words, replace: true, ct);
        return saved;
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BibliographicRecord>(record =>
        {
            record.ToTable("cat_records");
            record.HasKey(r => r.Id);
            record.Property(r => r.Marc);
            record.Property(r => r.Version).IsConcurrencyToken();
            record.Property(r => r.Title).HasMaxLength(1000);
            record.Property(r => r.Responsibility).HasMaxLength(1000);
            record.Property(r => r.MainEntry).HasMaxLength(400);
            record.Property(r => r.Publisher).HasMaxLength(400);
            record.Property(r => r.Language).HasMaxLength(3);
            record.Property(r => r.DdcClass).HasMaxLength(40);
            record.Property(r => r.DdcMainClass).HasMaxLength(3);
            record.Property(r => r.CreatedBy).HasMaxLength(64);
            record.Property(r => r.UpdatedBy).HasMaxLength(64);
            record.HasIndex(r => r.DdcClass);
            record.HasMany(r => r.Headings).WithOne().HasForeignKey(h => h.RecordId).OnDelete(DeleteBehavior.Cascade);
            record.Navigation(r => r.Headings).HasField("_headings").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<RecordHeading>(heading =>
        {
            heading.ToTable("cat_record_headings");
            heading.HasKey(h => h.Id);
            heading.Property(h => h.Kind).HasConversion<string>().HasMaxLength(16);
            heading.Property(h => h.Display).HasMaxLength(400);
            heading.Property(h => h.Key).HasMaxLength(400);
            heading.HasIndex(h => new { h.Kind, h.Key });
        });
        modelBuilder.Entity<RecordVersion>(version =>
        {
            version.ToTable("cat_record_versions");
            version.HasKey(v => v.Id);
            version.HasIndex(v => new { v.RecordId, v.Version }).IsUnique();
            version.Property(v => v.Kind).HasConversion<string>().HasMaxLength(16);
            version.Property(v => v.ChangedBy).HasMaxLength(64);
            version.Property(v => v.ChangedTags).HasMaxLength(2000);
        });
        modelBuilder.Entity<Copy>(copy =>
        {
            copy.ToTable("cat_copies");
            copy.HasKey(c => c.Id);
            copy.Property(c => c.RegistrationNumber).HasMaxLength(32);
            copy.HasIndex(c => c.RegistrationNumber).IsUnique();
            copy.HasIndex(c => c.RecordId);
            copy.HasIndex(c => new { c.SiteId, c.ShelfKey });
            copy.HasOne<BibliographicRecord>().WithMany().HasForeignKey(c => c.RecordId).OnDelete(DeleteBehavior.Restrict);
            copy.Property(c => c.SiteLevel).HasConversion<string>().HasMaxLength(16);
            copy.Property(c => c.Location).HasConversion<string>().HasMaxLength(16);
            copy.Property(c => c.Source).HasConversion<string>().HasMaxLength(16);
            copy.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            copy.Property(c => c.ItemType).HasMaxLength(16);
            copy.Property(c => c.CallNumber).HasMaxLength(64);
            copy.Property(c => c.ShelfKey).HasMaxLength(100);
            copy.Property(c => c.Price).HasPrecision(14, 2);
            copy.Property(c => c.Version).IsConcurrencyToken();
        });
        ImportModel.Configure(modelBuilder, Provider);
        // The published read views (created by SQL in the migrations; EF only reads them).
        modelBuilder.Entity<CatalogCopyRowV1>(row =>
        {
            row.HasNoKey().ToView(CatalogViews.CopiesV1);
            row.Property(r => r.SiteLevel).HasConversion<string>();
            row.Property(r => r.Location).HasConversion<string>();
            row.Property(r => r.Source).HasConversion<string>();
            row.Property(r => r.Status).HasConversion<string>();
            row.Property(r => r.Price).HasPrecision(14, 2);
        });
        modelBuilder.Entity<CatalogRecordRowV1>(row => row.HasNoKey().ToView(CatalogViews.RecordsV1));
        SearchModel.Configure(modelBuilder);
    }
}

internal sealed class SqliteCatalogDbContext(DbContextOptions<SqliteCatalogDbContext> options) : CatalogDbContext(options);

internal sealed class SqlServerCatalogDbContext(DbContextOptions<SqlServerCatalogDbContext> options) : CatalogDbContext(options);

internal sealed class PostgresCatalogDbContext(DbContextOptions<PostgresCatalogDbContext> options) : CatalogDbContext(options);
