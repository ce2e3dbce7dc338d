using LibraryIls.Catalog.Contracts;

namespace LibraryIls.Circulation.Rotation.DeliveryNotes;

/// <summary>
/// The delivery list and receipt (biên bản giao nhận) of one stage of a batch: what the sending library hands over,
/// what the point signs for. Both sides keep a copy, so it is printed in Vietnamese with room for signatures.
/// </summary>
internal sealed record DeliveryNote(string BatchCode, int Stage, string SendingSite, string Destination, string DestinationCode,
    DateOnly? DispatchedOn, DateOnly PlannedUntil, IReadOnlyList<CopyListing> Copies)
{
    public const string Title = "BIÊN BẢN GIAO NHẬN TÀI LIỆU LUÂN CHUYỂN";
    public static readonly string[] Columns = ["STT", "Số ĐKCB", "Ký hiệu xếp giá", "Nhan đề", "Tác giả", "Ghi chú"];

    public string[] Heading =>
    [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        Title,
        $"Đợt luân chuyển: {BatchCode} (chặng {Stage})",
        $"Bên giao: {SendingSite}",
        $"Bên nhận: {Destination} ({DestinationCode})",
        $"Ngày giao: {(DispatchedOn is { } d ? d.ToString("dd/MM/yyyy") : "……/……/………")}; thời hạn luân chuyển đến: {PlannedUntil:dd/MM/yyyy}",
    ];

    public string Total => $"Tổng cộng: {Copies.Count} bản.";

    public static readonly string[] Signatures = ["ĐẠI DIỆN BÊN GIAO", "ĐẠI DIỆN BÊN NHẬN"];

    public const string SignHere = "(Ký, ghi rõ họ tên)";

    public IEnumerable<string[]> Rows => Copies.Select((c, i) => new[] { (i + 1).ToString(), c.RegistrationNumber, c.CallNumber, c.Title, c.Author ?? "", "" });
}
