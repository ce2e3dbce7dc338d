using LibraryIls.Circulation.Calendar;

namespace LibraryIls.Circulation.Notices;

/// <summary>The notices in Vietnamese, as a library writes to its readers.</summary>
internal static class NoticeTexts
{
    public static (string Subject, string Body) DueSoon(string name, string registrationNumber, DateTimeOffset due) => (
        "Thư viện: tài liệu sắp đến hạn trả",
        $"Kính gửi bạn đọc {name},\n\nTài liệu có số ĐKCB {registrationNumber} bạn đang mượn sẽ đến hạn trả vào ngày " +
        $"{DueDates.LocalDay(due):dd/MM/yyyy}. Bạn có thể gia hạn tại quầy hoặc trực tuyến.\n\nTrân trọng.");

    public static (string Subject, string Body) Overdue(string name, string registrationNumber, DateTimeOffset due, int days) => (
        "Thư viện: tài liệu đã quá hạn trả",
        $"Kính gửi bạn đọc {name},\n\nTài liệu có số ĐKCB {registrationNumber} đã quá hạn trả {days} ngày (hạn trả " +
        $"{DueDates.LocalDay(due):dd/MM/yyyy}). Mong bạn sớm mang trả để bạn đọc khác cùng được đọc.\n\nTrân trọng.");

    public static (string Subject, string Body) HoldAvailable(string name, string siteName, DateTimeOffset pickupBy) => (
        "Thư viện: tài liệu bạn đặt mượn đã sẵn sàng",
        $"Kính gửi bạn đọc {name},\n\nTài liệu bạn đặt mượn đã được giữ tại {siteName} đến hết ngày " +
        $"{DueDates.LocalDay(pickupBy):dd/MM/yyyy}.\n\nTrân trọng.");
}
