using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;
using LibraryIls.Patrons.Categories;
using LibraryIls.Patrons.Data;
using LibraryIls.Patrons.Readers;
using Microsoft.EntityFrameworkCore;

namespace LibraryIls.Patrons.Import;

/// <summary>
/// Brings readers over from eMicLib, Vebrary and Ilib. Every row is checked like a desk entry; rows that fail come
/// back with their reasons and the rest is saved. Legacy cards keep their number unless it is taken here, in which
/// case the source's code is put in front (as for copies' barcodes). Imported cards are not counted as issued
/// this year: they were issued by the old system.
/// </summary>
internal sealed class ReaderImport(PatronsDbContext db, ReaderDesk desk, ReaderChanges readers, TimeProvider clock)
{
    private const int SaveEvery = 200;

    private static readonly string[] DateFormats =
        ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyy/MM/dd"];

    public async Task<ImportResult> Run(ImportRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var site = await desk.SiteAsync(request.SiteCode, user, ct);
        var source = request.Source.ToUpperInvariant();
        var categories = await db.Categories.AsNoTracking().ToListAsync(ct);
        var fallback = request.DefaultCategoryCode is { } code ? await desk.CategoryAsync(code, ct) : null;
        var validator = new ReaderRequestValidator(clock);
        var map = new Dictionary<string, string>(request.Mapping, StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>();
        var numbers = new HashSet<string>();
        var failed = new List<ImportFailure>();
        var renumbered = new List<RenumberedCard>();
        var accepted = 0;
        var pending = 0;
        byte[] bytes;
        try { bytes = Convert.FromBase64String(request.ContentBase64); }
        catch (FormatException) { throw Unreadable("base64"); }
        IEnumerable<TableRow> rows;
        try { rows = TableFile.Read(new MemoryStream(bytes), request.Format).ToList(); }
        catch (Exception e) when (e is InvalidDataException or FileFormatException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or CsvHelper.CsvHelperException)
        { throw Unreadable(e.Message); }

        foreach (var row in rows)
        {
            string? Cell(string field) => row[map.GetValueOrDefault(field)];
            var reasons = new List<string>();
            var born = ParseDate(Cell(ImportFields.DateOfBirth), ImportFields.DateOfBirth, reasons);
            if (Cell(ImportFields.DateOfBirth) is null) reasons.Add($"{ImportFields.DateOfBirth}: {Text.Required.Current}");
            var category = FindCategory(Cell(ImportFields.Category), categories) ?? fallback;
            if (category is null) reasons.Add($"{ImportFields.Category}: '{Cell(ImportFields.Category)}' ?");
            var request1 = new ReaderRequest(Cell(ImportFields.FullName) ?? "", born ?? default, ParseGender(Cell(ImportFields.Gender)),
                category?.Code ?? "?", site.Code, Cell(ImportFields.CitizenId), Cell(ImportFields.Phone), Cell(ImportFields.Email),
                Cell(ImportFields.Address), Cell(ImportFields.Commune), Cell(ImportFields.District),
                ParseFlag(Cell(ImportFields.Rural)), Cell(ImportFields.SchoolOrWorkplace), Cell(ImportFields.Notes));
            if (born is not null)
                reasons.AddRange((await validator.ValidateAsync(request1, ct)).Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}"));
            var validUntil = ParseDate(Cell(ImportFields.CardValidUntil), ImportFields.CardValidUntil, reasons);
            if (reasons.Count > 0)
            {
                failed.Add(new ImportFailure(row.Number, reasons));
                continue;
            }
            var data = request1.ToData();
            // Twice in the same file: the database cannot see the first copy yet.
            var keys = new[] { $"n:{VietnameseText.Fold(data.FullName)}|{data.DateOfBirth:O}", $"c:{VietnameseText.Clean(data.CitizenId)}" };
            if (keys.Any(k => !k.EndsWith(':') && seen.Contains(k)))
            {
                failed.Add(new ImportFailure(row.Number, [$"{DuplicateReaders.Code}: {Text.SameFile.Current}"]));
                continue;
            }
            var (reader, duplicate) = await readers.Add(data, category!, site, source, user, ct);
            if (reader is null)
            {
                failed.Add(new ImportFailure(row.Number, [$"{DuplicateReaders.Code}: {Text.Existing.Current}"], duplicate!.Id));
                continue;
            }
            foreach (var key in keys.Where(k => !k.EndsWith(':'))) seen.Add(key);
            if (Cell(ImportFields.CardNumber) is { } legacy)
            {
                var number = legacy;
                if (numbers.Contains(number) || await db.Cards.AnyAsync(c => c.Number == number, ct))
                {
                    number = $"{source}-{legacy}";
                    renumbered.Add(new RenumberedCard(row.Number, legacy, number));
                }
                numbers.Add(number);
                db.Cards.Add(reader.IssueCard(number, site.Id,
                    validUntil ?? category!.ValidUntil(VietnamDate.Today(clock)), clock.GetUtcNow().UtcDateTime));
            }
            accepted++;
            if (++pending < SaveEvery) continue;
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            pending = 0;
        }
        await db.SaveChangesAsync(ct);
        return new ImportResult(accepted, failed, renumbered);
    }

    private static ReaderCategory? FindCategory(string? value, List<ReaderCategory> categories)
    {
        if (value is null) return null;
        var folded = VietnameseText.Fold(value);
        return categories.FirstOrDefault(c => c.Code.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase)
            || VietnameseText.Fold(c.NameVi) == folded || VietnameseText.Fold(c.NameEn) == folded);
    }

    private static DateOnly? ParseDate(string? value, string field, List<string> reasons)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        // Excel keeps dates as serial numbers.
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 100_000)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        reasons.Add($"{field}: '{value}' {Text.NotADate.Current}");
        return null;
    }

    private static Gender ParseGender(string? value) => VietnameseText.Fold(value ?? "") switch
    {
        "nam" or "m" or "male" => Gender.Male,
        "nu" or "f" or "female" => Gender.Female,
        _ => Gender.Other,
    };

    private static bool ParseFlag(string? value) =>
        VietnameseText.Fold(value ?? "") is "1" or "x" or "co" or "true" or "yes" or "nong thon";

    private static RuleViolationException Unreadable(string why) => new("IMPORT_FILE_UNREADABLE", new Bilingual(
        $"Không đọc được tệp: {why}", $"The file could not be read: {why}"));

    private static class Text
    {
        public static readonly Bilingual SameFile = new("bạn đọc này đã có ở dòng trước trong tệp.", "this reader is already on an earlier row.");
        public static readonly Bilingual Existing = new("bạn đọc này đã có trong hệ thống.", "this reader is already registered.");
        public static readonly Bilingual Required = new("bắt buộc.", "required.");
        public static readonly Bilingual NotADate = new("không phải ngày hợp lệ.", "is not a valid date.");
    }
}
