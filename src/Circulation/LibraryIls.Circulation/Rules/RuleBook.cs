using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;

namespace LibraryIls.Circulation.Rules;

/// <summary>The effective rule for a site, reader category and item type, and why it was chosen.</summary>
internal sealed record EffectiveRule(CirculationRule Rule, IReadOnlyList<CirculationRule> Candidates, Bilingual Reason);

/// <summary>The whole rules matrix; resolves the most specific matching cell.</summary>
internal sealed class RuleBook(IReadOnlyCollection<CirculationRule> rules)
{
    public EffectiveRule Resolve(Guid siteId, string readerCategory, string itemType)
    {
        var candidates = rules.Where(r => r.Matches(siteId, readerCategory, itemType))
            .OrderByDescending(r => r.Specificity).ToList();
        if (candidates.Count == 0)
            throw new RuleViolationException("NO_CIRCULATION_RULE", new Bilingual(
                $"Chưa có quy định lưu thông cho loại bạn đọc '{readerCategory}' và loại tài liệu '{itemType}' tại cơ sở này.",
                $"No circulation rule covers reader category '{readerCategory}' and item type '{itemType}' at this site."));
        var chosen = candidates[0];
        return new EffectiveRule(chosen, candidates, Explain(chosen, candidates.Count));
    }

    private static Bilingual Explain(CirculationRule rule, int matching)
    {
        string Part(object? value, string any) => value is null ? any : value.ToString()!;
        var vi = $"Áp dụng quy định cụ thể nhất trong {matching} quy định khớp: cơ sở {Part(rule.SiteId, "bất kỳ")}, " +
                 $"loại bạn đọc {Part(rule.ReaderCategory, "bất kỳ")}, loại tài liệu {Part(rule.ItemType, "bất kỳ")} " +
                 "(cơ sở ưu tiên hơn loại bạn đọc, loại bạn đọc ưu tiên hơn loại tài liệu).";
        var en = $"The most specific of {matching} matching rules applies: site {Part(rule.SiteId, "any")}, " +
                 $"reader category {Part(rule.ReaderCategory, "any")}, item type {Part(rule.ItemType, "any")} " +
                 "(site outranks reader category, which outranks item type).";
        return new Bilingual(vi, en);
    }
}
