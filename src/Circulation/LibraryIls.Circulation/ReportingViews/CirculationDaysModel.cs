using LibraryIls.Circulation.Events;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Circulation.ReportingViews;

/// <summary>The daily summary table and the events' 'summarised' marker (false for every event written, whoever writes it).</summary>
internal static class CirculationDaysModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CirculationEvent>().Property(x => x.Summarised).HasDefaultValue(false);
        modelBuilder.Entity<CirculationDay>(d =>
        {
            d.ToTable("cir_event_days");
            d.HasKey(x => new { x.Day, x.Kind, x.SiteId, x.SiteLevel, x.ReaderCategory });
            d.Property(x => x.Kind).HasMaxLength(24);
            d.Property(x => x.SiteLevel).HasMaxLength(16);
            d.Property(x => x.ReaderCategory).HasMaxLength(32);
        });
    }
}
