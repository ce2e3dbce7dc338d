using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.BuildingBlocks.Localization;

namespace LibraryIls.Circulation.Rotation;

/// <summary>Every way a rotation step is refused: a stable code and the message in both languages.</summary>
internal static class RotationRefusals
{
    public static RuleViolationException StepNotAllowed(string stepVi, string stepEn, RotationState state) => new("ROTATION_STEP_NOT_ALLOWED",
        new Bilingual($"Đợt luân chuyển đang ở trạng thái {RotationStates.Vietnamese(state)}: không thể {stepVi}.",
            $"The rotation batch is {state}: it cannot be {stepEn}."));

    public static RuleViolationException NotDraft() => new("ROTATION_BATCH_NOT_DRAFT", new Bilingual(
        "Chỉ thêm hoặc bớt tài liệu khi đợt luân chuyển còn đang chuẩn bị.", "Copies are added or removed only while the batch is a draft."));

    public static RuleViolationException Empty() => new("ROTATION_BATCH_EMPTY", new Bilingual(
        "Đợt luân chuyển chưa có tài liệu nào.", "The rotation batch has no copies."));

    public static RuleViolationException NotARotationPoint(string code) => new("NOT_A_ROTATION_POINT", new Bilingual(
        $"'{code}' không phải điểm luân chuyển, phòng đọc hay thư viện cấp xã.",
        $"'{code}' is not a rotation point, reading room or commune library."));

    public static RuleViolationException SameDestination() => new("ROTATION_SAME_DESTINATION", new Bilingual(
        "Điểm tiếp theo phải khác điểm hiện tại.", "The next point must differ from the current one."));

    public static RuleViolationException CopyNotAvailable(string number) => new("COPY_NOT_AVAILABLE", new Bilingual(
        $"Tài liệu {number} không sẵn sàng (đang mượn, đang chuyển, đã mất…).", $"Copy {number} is not available (on loan, in transit, lost…)."));

    public static RuleViolationException CopyNotAtSendingSite(string number) => new("COPY_NOT_AT_SENDING_SITE", new Bilingual(
        $"Tài liệu {number} không thuộc kho của cơ sở gửi.", $"Copy {number} is not held by the sending site."));

    public static RuleViolationException CopyInAnotherBatch(string number) => new("COPY_IN_ANOTHER_BATCH", new Bilingual(
        $"Tài liệu {number} đang thuộc một đợt luân chuyển khác.", $"Copy {number} is already in another open rotation batch."));

    public static RuleViolationException CopyAlreadyInBatch(string number) => new("COPY_ALREADY_IN_BATCH", new Bilingual(
        $"Tài liệu {number} đã có trong đợt này.", $"Copy {number} is already in this batch."));

    public static RuleViolationException CopyNotInBatch(string number) => new("COPY_NOT_IN_BATCH", new Bilingual(
        $"Tài liệu {number} không có ở điểm hiện tại của đợt này.", $"Copy {number} is not out with this batch at its current point."));

    public static RuleViolationException CopyOnLoanAtPoint(string number) => new("COPY_ON_LOAN_AT_POINT", new Bilingual(
        $"Tài liệu {number} đang được bạn đọc tại điểm mượn; cần trả trước khi thu hồi.",
        $"Copy {number} is on loan to a reader at the point; it must be returned first."));

    public static RuleViolationException NotAccountedFor(IEnumerable<string> numbers) => new("COPIES_NOT_ACCOUNTED_FOR", new Bilingual(
        $"Chưa đối chiếu các tài liệu: {string.Join(", ", numbers)} (trả về, hỏng, mất hay chuyển tiếp?).",
        $"Not yet accounted for: {string.Join(", ", numbers)} (returned, damaged, missing or moved on?)."));

    public static RuleViolationException NothingToMoveOn() => new("NOTHING_TO_MOVE_ON", new Bilingual(
        "Không còn tài liệu nào để chuyển tiếp.", "No copies are left to move on."));

    public static RuleViolationException Period(string vi, string en) => new("USAGE_PERIOD_INVALID", new Bilingual(vi, en));

    public static RuleViolationException NegativeCount() => new("USAGE_COUNT_NEGATIVE", new Bilingual(
        "Số lượt không được âm.", "Counts cannot be negative."));

    public static RuleViolationException PeriodAlreadyReported() => new("USAGE_ALREADY_REPORTED", new Bilingual(
        "Điểm này đã báo cáo một kỳ trùng hoặc chồng lên kỳ này.", "The point has already reported a period that overlaps this one."));

    public static RuleViolationException NotAMobileVan(string code) => new("NOT_A_MOBILE_VAN", new Bilingual(
        $"'{code}' không phải xe thư viện lưu động.", $"'{code}' is not a mobile library van."));
}

internal static class RotationStates
{
    public static string Vietnamese(RotationState state) => state switch
    {
        RotationState.Draft => "chuẩn bị",
        RotationState.Dispatched => "đã xuất",
        RotationState.Received => "đã nhận",
        RotationState.InUse => "đang phục vụ",
        RotationState.MovedOn => "đã chuyển tiếp",
        RotationState.Returned => "đã thu hồi",
        _ => "đã kết thúc",
    };
}
