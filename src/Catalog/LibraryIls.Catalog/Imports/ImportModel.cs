using LibraryIls.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Imports;

/// <summary>The import tables: batches, their staged records, and the copies they made (old → new numbers).</summary>
internal static class ImportModel
{
    public static void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<ImportBatch>(batch =>
        {
            batch.ToTable("cat_import_batches");
            batch.HasKey(b => b.Id);
            batch.Property(b => b.Source).HasMaxLength(32);
            batch.Property(b => b.FileName).HasMaxLength(260);
            batch.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
            batch.Property(b => b.MatchRule).HasMaxLength(64);
            batch.Property(b => b.OnMatch).HasConversion<string>().HasMaxLength(16);
            batch.Property(b => b.OnNoMatch).HasConversion<string>().HasMaxLength(16);
            batch.Property(b => b.CopyMapping).HasMaxLength(64);
            batch.Property(b => b.DefaultSiteCode).HasMaxLength(32);
            batch.Property(b => b.DefaultLocation).HasConversion<string>().HasMaxLength(16);
            batch.Property(b => b.RegistrationPrefix).HasMaxLength(16);
            batch.Property(b => b.LegacyEncoding).HasConversion<string>().HasMaxLength(16);
            batch.Property(b => b.CreatedBy).HasMaxLength(64);
            batch.Property(b => b.Error).HasMaxLength(2000);
            batch.Ignore(b => b.Committed);
            batch.HasIndex(b => b.Status);
        });
        modelBuilder.Entity<StagedRecord>(staged =>
        {
            staged.ToTable("cat_import_records");
            staged.HasKey(s => s.Id);
            staged.HasIndex(s => new { s.BatchId, s.Index }).IsUnique();
            staged.HasIndex(s => new { s.BatchId, s.Status });
            staged.HasOne<ImportBatch>().WithMany().HasForeignKey(s => s.BatchId).OnDelete(DeleteBehavior.Cascade);
            staged.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            staged.Property(s => s.Title).HasMaxLength(500);
            staged.Property(s => s.ControlNumber).HasMaxLength(64);
            staged.Property(s => s.Issues).HasMaxLength(4000);
            staged.Property(s => s.ConvertedFrom).HasMaxLength(16);
            staged.Property(s => s.RejectCode).HasMaxLength(40);
            staged.Property(s => s.RejectReason).HasMaxLength(2000);
            staged.Property(s => s.UpdatedByBefore).HasMaxLength(64);
        });
        modelBuilder.Entity<ImportedCopy>(copy =>
        {
            copy.ToTable("cat_import_copies");
            copy.HasKey(c => c.Id);
            copy.HasIndex(c => new { c.BatchId, c.RecordIndex });
            // Only renumbered copies are looked up by old number (the desk's old labels) and by copy (relabelling): a few in a
            // hundred. Indexing those alone spares an import two index entries per copy, one of them at a random place.
            copy.HasIndex(c => c.OriginalNumber).HasFilter(Renumbered(provider));
            copy.HasIndex(c => c.CopyId).HasFilter(Renumbered(provider));
            copy.HasOne<ImportBatch>().WithMany().HasForeignKey(c => c.BatchId).OnDelete(DeleteBehavior.Cascade);
            copy.Property(c => c.Source).HasMaxLength(32);
            copy.Property(c => c.OriginalNumber).HasMaxLength(64);
            copy.Property(c => c.RegistrationNumber).HasMaxLength(32);
        });
    }

    /// <summary>The partial indexes' condition, as each engine writes a true flag.</summary>
    private static string Renumbered(DatabaseProvider provider) => provider == DatabaseProvider.SqlServer ? "[Renumbered] = 1" : "\"Renumbered\"";
}
