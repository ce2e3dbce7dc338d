using System.Globalization;
using System.Text.RegularExpressions;
using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;

namespace LibraryIls.Patrons.Cards;

/// <summary>
/// How a site numbers its cards, e.g. <c>{SITE}-{YYYY}-{SEQ:6}</c> → <c>TVT-TSC-2026-000042</c>. Tokens:
/// {SITE} (site code), {YYYY}, {YY} (year of issue), {SEQ:n} (the site's running number, n digits).
/// </summary>
internal sealed partial class CardNumberPattern
{
    public const string Default = "{SITE}-{SEQ:6}";

    private CardNumberPattern() { }

    public Guid SiteId { get; private set; }
    public string Pattern { get; private set; } = Default;
    public long NextSequence { get; private set; } = 1;

    public static CardNumberPattern For(Guid siteId) => new() { SiteId = siteId };

    public void Change(string pattern)
    {
        if (!IsValid(pattern))
            throw new RuleViolationException("CARD_PATTERN_INVALID", new Bilingual(
                "Mẫu số thẻ phải có đúng một {SEQ:n} (n từ 1 đến 12).",
                "A card number pattern needs exactly one {SEQ:n} (n from 1 to 12)."));
        Pattern = pattern.Trim();
    }

    public string Next(string siteCode, DateOnly today)
    {
        var sequence = NextSequence++;
        return Sequence().Replace(Pattern, m => sequence.ToString(CultureInfo.InvariantCulture)
                .PadLeft(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), '0'))
            .Replace("{SITE}", siteCode, StringComparison.Ordinal)
            .Replace("{YYYY}", today.Year.ToString("D4", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{YY}", (today.Year % 100).ToString("D2", CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    public static bool IsValid(string pattern) =>
        Sequence().Matches(pattern).Count == 1 && Sequence().Match(pattern).Groups[1].Value is var n
        && int.TryParse(n, CultureInfo.InvariantCulture, out var digits) && digits is >= 1 and <= 12
        && pattern.Length <= 64;

    [GeneratedRegex(@"\{SEQ:(\d+)\}")]
    private static partial Regex Sequence();
}
