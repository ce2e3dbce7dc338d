using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Patrons.Visits;

/// <summary>The daily summary table and the visits' 'summarised' marker (false for every visit written, whoever writes it).</summary>
internal static class VisitDaysModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Visit>().Property(x => x.Summarised).HasDefaultValue(false);
        modelBuilder.Entity<VisitDay>(d =>
        {
            d.ToTable("pat_visit_days");
            d.HasKey(x => new { x.VisitDate, x.SiteId, x.SiteCode, x.SiteLevel, x.IsRural, x.CategoryCode });
            d.Property(x => x.SiteCode).HasMaxLength(32);
            d.Property(x => x.SiteLevel).HasMaxLength(16);
            d.Property(x => x.CategoryCode).HasMaxLength(32);
        });
    }
}
