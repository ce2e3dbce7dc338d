using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;

namespace LibraryIls.Circulation.Loans;

/// <summary>Every way the desk can be told no: a stable code (FOLIO-style) and the message in both languages.</summary>
internal static class Refusals
{
    public static RuleViolationException CardExpired(DateOnly expiredOn) => new("CARD_EXPIRED", new Bilingual(
        $"Thẻ bạn đọc đã hết hạn từ {expiredOn:dd/MM/yyyy}.", $"The reader card expired on {expiredOn:yyyy-MM-dd}."));

    public static RuleViolationException CardBlocked(string? reason) => new("CARD_BLOCKED", new Bilingual(
        $"Thẻ bạn đọc đang bị khóa{(reason is null ? "" : $": {reason}")}.", $"The reader card is blocked{(reason is null ? "" : $": {reason}")}."));

    public static RuleViolationException AlreadyOnLoan() => new("ITEM_ALREADY_ON_LOAN", new Bilingual(
        "Tài liệu này đang được mượn.", "This item is already on loan."));

    public static RuleViolationException InTransit() => new("ITEM_IN_TRANSIT", new Bilingual(
        "Tài liệu đang được chuyển giữa các cơ sở.", "This item is in transit between sites."));

    public static RuleViolationException InRotationElsewhere() => new("ITEM_IN_ROTATION_ELSEWHERE", new Bilingual(
        "Tài liệu đang luân chuyển ở điểm khác; chỉ cho mượn tại điểm đó.", "This item is out with a rotation batch at another site; it is lent only there."));

    public static RuleViolationException NotLoanable(string why) => new("ITEM_NOT_LOANABLE", new Bilingual(
        $"Tài liệu này không cho mượn về nhà ({why}).", $"This item cannot be borrowed for home use ({why})."));

    public static RuleViolationException OnHoldForOther() => new("ITEM_ON_HOLD_FOR_OTHER", new Bilingual(
        "Tài liệu đang được giữ cho bạn đọc khác đã đặt mượn.", "This item is held for another reader who reserved it."));

    public static RuleViolationException LoanLimitReached(int limit) => new("LOAN_LIMIT_REACHED", new Bilingual(
        $"Bạn đọc đã mượn tối đa {limit} tài liệu.", $"The reader already has the maximum of {limit} loans."));

    public static RuleViolationException Overdue(int days) => new("READER_HAS_OVERDUE_ITEMS", new Bilingual(
        $"Bạn đọc có tài liệu quá hạn {days} ngày; cần trả trước khi mượn tiếp.",
        $"The reader has an item {days} days overdue; it must come back before more loans."));

    public static RuleViolationException RenewalLimitReached(int allowed) => new("RENEWAL_LIMIT_REACHED", new Bilingual(
        $"Đã gia hạn tối đa {allowed} lần.", $"The loan has already been renewed the maximum of {allowed} times."));

    public static RuleViolationException AlreadyReturned() => new("LOAN_ALREADY_RETURNED", new Bilingual(
        "Lượt mượn này đã trả.", "This loan has already been returned."));
}
