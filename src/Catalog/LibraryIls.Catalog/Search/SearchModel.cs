using LibraryIls.Catalog.Contracts;
using LibraryIls.Catalog.Opac;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Catalog.Search;

/// <summary>The OPAC's tables: its word index, its documents (with OAI tombstones) and the online-access log.</summary>
internal static class SearchModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SearchDocument>(document =>
        {
            document.ToTable("cat_search_documents");
            document.HasKey(d => d.DocNo);
            document.Property(d => d.DocNo).ValueGeneratedOnAdd();
            document.HasIndex(d => d.RecordId).IsUnique();
            document.HasIndex(d => new { d.ChangedAt, d.DocNo });
            document.HasIndex(d => d.Version);
            document.Property(d => d.DdcClass).HasMaxLength(40);
            document.Property(d => d.DdcMainClass).HasMaxLength(3);
            document.Property(d => d.Language).HasMaxLength(3);
            // The change tracker deletes the words a document no longer has through this relationship; the database keeps no
            // key for it since the migration OpacWordsWithoutForeignKey (which says why).
            document.HasMany(d => d.Tokens).WithOne().HasForeignKey(t => t.DocNo).OnDelete(DeleteBehavior.Cascade);
            document.Navigation(d => d.Tokens).HasField("_tokens").UsePropertyAccessMode(PropertyAccessMode.Field);
            document.HasMany(d => d.Holdings).WithOne().HasForeignKey(h => h.DocNo).OnDelete(DeleteBehavior.Cascade);
            document.Navigation(d => d.Holdings).HasField("_holdings").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<SearchToken>(token =>
        {
            token.ToTable("cat_search_tokens");
            token.HasKey(t => new { t.DocNo, t.Field, t.Position });
            token.Property(t => t.Field).HasConversion<byte>();
            token.Property(t => t.Folded).HasMaxLength(VietnameseText.MaxTokenLength);
            token.Property(t => t.Exact).HasMaxLength(VietnameseText.MaxTokenLength);
            // The search reads a word's documents, fields and exact forms from this index alone. SQLite has no such table
            // since its migration OpacWordsFullText: its words are a full-text table (see SqliteWords).
            token.HasIndex(t => new { t.Folded, t.DocNo, t.Field, t.Exact });
        });
        modelBuilder.Entity<SearchHolding>(holding =>
        {
            holding.ToTable("cat_search_holdings");
            holding.HasKey(h => new { h.DocNo, h.SiteId, h.ItemType });
            holding.Property(h => h.ItemType).HasMaxLength(16);
            holding.HasIndex(h => h.Version);
        });
        modelBuilder.Entity<SearchIndexVersion>(version =>
        {
            version.ToTable("cat_search_versions");
            version.HasKey(v => v.Id);
            version.Property(v => v.Id).ValueGeneratedNever();
            version.HasData(new SearchIndexVersion(SearchIndexVersion.TheRow, 0));
        });
        modelBuilder.Entity<OpacAccess>(access =>
        {
            access.ToTable("cat_opac_accesses");
            access.HasKey(a => a.AccessId);
            access.Property(a => a.AccessId).ValueGeneratedOnAdd();
            access.Property(a => a.Kind).HasMaxLength(16);
            access.HasIndex(a => a.OccurredAtUtc);
        });
        modelBuilder.Entity<OpacAccessRowV1>(row => row.HasNoKey().ToView(OpacAccessRowV1.ViewName));
    }
}
