using LibraryIls.BuildingBlocks.Data;
using LibraryIls.Catalog.Headings;
using LibraryIls.Catalog.Marc;

namespace LibraryIls.Catalog.Records;

/// <summary>
/// A bibliographic record (biểu ghi thư mục). The MARC is the source of truth and is kept as sent;
/// the other columns are read out of it on every save so lists, search and figures need no MARC parsing.
/// </summary>
internal sealed class BibliographicRecord
{
    private readonly List<RecordHeading> _headings = [];

    private BibliographicRecord() { }

    public Guid Id { get; private set; }

    /// <summary>The record as MARC-in-JSON (see <see cref="MarcContent.ToStored"/>).</summary>
    public string Marc { get; private set; } = "";

    /// <summary>Goes up by one on every change; the concurrency token two cataloguers' edits are checked against.</summary>
    public int Version { get; private set; }

    public string Title { get; private set; } = "";
    public string? Responsibility { get; private set; }
    public string? MainEntry { get; private set; }
    public string? Publisher { get; private set; }
    public int? Year { get; private set; }
    public string? Language { get; private set; }
    public string? DdcClass { get; private set; }
    public string? DdcMainClass { get; private set; }
    public bool IsLocalStudies { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    public IReadOnlyCollection<RecordHeading> Headings => _headings;

    /// <param name="known">What the caller has read out of this very MARC already (an import), so it is not read twice.</param>
    /// <param name="knownKeys">The match keys of this very MARC, when the caller has them already (an import).</param>
    public static BibliographicRecord Create(MarcRecord marc, string user, DateTimeOffset now, RecordFields? known = null,
        IReadOnlyList<(Matching.MatchPointKind Kind, string Key)>? knownKeys = null)
    {
        var record = new BibliographicRecord { Id = TimeOrderedIds.Next(), CreatedAt = now, CreatedBy = user };
        record.Replace(marc, user, now, known, knownKeys);
        return record;
    }

    public MarcRecord ToMarc() => MarcContent.FromStored(Marc);

    public RecordFields Fields() => RecordFields.From(ToMarc());

    public void Replace(MarcRecord marc, string user, DateTimeOffset now, RecordFields? known = null,
        IReadOnlyList<(Matching.MatchPointKind Kind, string Key)>? knownKeys = null)
    {
        Marc = MarcContent.ToStored(marc);
        Version++;
        UpdatedAt = now;
        UpdatedBy = user;
        var fields = known ?? RecordFields.From(marc);
        Title = Cut(fields.Title, 1000)!;
        Responsibility = Cut(fields.Responsibility, 1000);
        MainEntry = Cut(fields.MainEntry, 400);
        Publisher = Cut(fields.Publisher, 400);
        Year = fields.Year;
        Language = fields.Language;
        DdcClass = fields.DdcClass;
        DdcMainClass = fields.DdcMainClass;
        IsLocalStudies = fields.IsLocalStudies;
        _headings.Clear();
        _headings.AddRange(fields.Authors.Select(a => Heading(HeadingKind.Author, a)));
        _headings.AddRange(fields.Subjects.Select(s => Heading(HeadingKind.Subject, s)));
        _headings.AddRange(fields.Isbns.Select(i => new RecordHeading(HeadingKind.Isbn, i, i)));
        _headings.AddRange((knownKeys ?? Matching.MatchKeys.Of(marc, fields)).Select(k => new RecordHeading(HeadingKind.MatchKey, k.Kind.ToString(), k.Key)));
    }

    /// <summary>
    /// Puts the record back exactly as it was at an earlier version (undo of an import): its MARC, version
    /// number and who changed it when, as if the later versions had never been saved.
    /// </summary>
    public void PutBack(string marc, int version, DateTimeOffset updatedAt, string updatedBy)
    {
        Replace(MarcContent.FromStored(marc), updatedBy, updatedAt);
        Version = version;
    }

    private static RecordHeading Heading(HeadingKind kind, string text) =>
        new(kind, Cut(text, 400)!, Cut(HeadingKey.Of(text), 400)!);

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
