using LibraryIls.Circulation.MobileVan;
using LibraryIls.Circulation.Rotation.Usage;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.Rotation;

/// <summary>Tables of rotation batches, usage reports and van trips (cir_rotation_*, cir_mobile_*). Enums stored as names.</summary>
internal static class RotationModel
{
    public static void Configure(ModelBuilder model, Func<string, string> quote)
    {
        model.Entity<RotationBatch>(batch =>
        {
            batch.ToTable("cir_rotation_batches");
            batch.HasKey(b => b.Id);
            batch.Property(b => b.Code).HasMaxLength(32);
            batch.HasIndex(b => b.Code).IsUnique();
            batch.HasIndex(b => b.SendingSiteId);
            batch.Property(b => b.State).HasConversion<string>().HasMaxLength(16);
            batch.Property(b => b.Note).HasMaxLength(500);
            batch.Property(b => b.Version).IsConcurrencyToken();
            batch.HasMany(b => b.Stages).WithOne().HasForeignKey(s => s.BatchId);
            batch.Navigation(b => b.Stages).HasField("_stages").UsePropertyAccessMode(PropertyAccessMode.Field);
            batch.HasMany(b => b.Copies).WithOne().HasForeignKey(c => c.BatchId);
            batch.Navigation(b => b.Copies).HasField("_copies").UsePropertyAccessMode(PropertyAccessMode.Field);
            batch.Ignore(b => b.CurrentStage);
            batch.Ignore(b => b.CopiesOut);
        });
        model.Entity<RotationStage>(stage =>
        {
            stage.ToTable("cir_rotation_stages");
            stage.HasKey(s => s.Id);
            stage.HasIndex(s => new { s.BatchId, s.Number }).IsUnique();
            stage.HasIndex(s => s.DestinationSiteId);
            stage.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
            stage.Property(s => s.DestinationKind).HasConversion<string>().HasMaxLength(16);
            stage.Property(s => s.DestinationPointKind).HasConversion<string>().HasMaxLength(32);
            stage.Property(s => s.DestinationLevel).HasConversion<string>().HasMaxLength(16);
        });
        model.Entity<RotationCopy>(copy =>
        {
            copy.ToTable("cir_rotation_copies");
            copy.HasKey(c => c.Id);
            copy.Property(c => c.RegistrationNumber).HasMaxLength(40);
            copy.Property(c => c.HomeLocation).HasConversion<string>().HasMaxLength(16);
            copy.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(24);
            copy.HasIndex(c => new { c.BatchId, c.StageNumber });
            copy.HasIndex(c => c.CopyId);
            // The database itself keeps a copy in one open batch at a time.
            copy.HasIndex(c => c.OpenCopyId).IsUnique().HasFilter(quote("OpenCopyId") + " IS NOT NULL").HasDatabaseName("UX_cir_rotation_copies_open");
            copy.Ignore(c => c.IsOut);
        });
        model.Entity<RotationAuditEntry>(entry =>
        {
            entry.ToTable("cir_rotation_audit");
            entry.HasKey(a => a.Id);
            entry.HasIndex(a => a.BatchId);
            entry.Property(a => a.Action).HasMaxLength(64);
            entry.Property(a => a.StaffName).HasMaxLength(120);
            entry.Property(a => a.Detail).HasMaxLength(2000);
        });
        model.Entity<RotationUsageReport>(report =>
        {
            report.ToTable("cir_rotation_usage");
            report.HasKey(r => r.Id);
            report.HasIndex(r => new { r.BatchId, r.StageNumber, r.PeriodFrom }).IsUnique();
            report.Property(r => r.SiteLevel).HasConversion<string>().HasMaxLength(16);
            report.Property(r => r.ReportedBy).HasMaxLength(120);
        });
        model.Entity<MobileTrip>(trip =>
        {
            trip.ToTable("cir_mobile_trips");
            trip.HasKey(t => t.Id);
            trip.HasIndex(t => new { t.VanSiteId, t.Date });
            trip.Property(t => t.Note).HasMaxLength(500);
            trip.Property(t => t.RecordedBy).HasMaxLength(120);
            trip.PrimitiveCollection(t => t.StaffOnBoard).HasField("_staffOnBoard").UsePropertyAccessMode(PropertyAccessMode.Field);
            trip.HasMany(t => t.Stops).WithOne().HasForeignKey(s => s.TripId);
            trip.Navigation(t => t.Stops).HasField("_stops").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        model.Entity<MobileTripStop>(stop =>
        {
            stop.ToTable("cir_mobile_trip_stops");
            stop.HasKey(s => s.Id);
            stop.Property(s => s.Name).HasMaxLength(200);
            stop.Property(s => s.PointKind).HasConversion<string>().HasMaxLength(32);
            stop.Property(s => s.Level).HasConversion<string>().HasMaxLength(16);
        });
    }
}
