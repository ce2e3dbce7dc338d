namespace LibraryIls.Catalog.Marc;

/// <summary>Leader positions with a fixed MARC21 value list.</summary>
internal sealed class LeaderRule : IValidationRule
{
    public void Check(MarcRecord record, List<MarcIssue> issues)
    {
        var leader = record.Leader;
        if (leader.Length != 24)
        {
            issues.Add(Issues.Error("leader-length", $"Đầu biểu dài {leader.Length} ký tự, phải là 24", $"Leader is {leader.Length} characters, must be 24", "LDR"));
            return;
        }

        var bibliographic = MarcValidator.IsBibliographic(record);
        Expect(issues, leader, 5, "acdnp", "Trạng thái biểu ghi", "Record status");
        Expect(issues, leader, 6, "acdefgijkmoprtuvxyz", "Loại biểu ghi", "Type of record");
        if (bibliographic)
        {
            Expect(issues, leader, 7, "abcdims", "Cấp thư mục", "Bibliographic level");
            Expect(issues, leader, 8, " a", "Kiểu kiểm soát", "Type of control");
            Expect(issues, leader, 17, " 12345678uzIKLM", "Cấp mã hoá", "Encoding level");
            Expect(issues, leader, 18, " acinu", "Hình thức mô tả", "Descriptive cataloguing form");
            Expect(issues, leader, 19, " abc", "Yêu cầu biểu ghi liên kết", "Multipart resource record level");
        }

        Expect(issues, leader, 9, " a", "Bộ mã ký tự", "Character coding scheme");
        if (leader[10] != '2' || leader[11] != '2')
        {
            issues.Add(Issues.Error("leader-10-11", "Đầu biểu/10-11 phải là '22' trong MARC21", "Leader/10-11 must be '22' in MARC21", "LDR"));
        }

        if (leader.Substring(20, 4) != "4500")
        {
            issues.Add(Issues.Warn("leader-20-23", $"Đầu biểu/20-23 là '{leader.Substring(20, 4)}', MARC21 quy định '4500'", $"Leader/20-23 is '{leader.Substring(20, 4)}', MARC21 requires '4500'", "LDR"));
        }
    }

    private static void Expect(List<MarcIssue> issues, string leader, int position, string allowed, string nameVi, string nameEn)
    {
        if (allowed.IndexOf(leader[position]) < 0)
        {
            issues.Add(Issues.Error(
                $"leader-{position:00}",
                $"Đầu biểu/{position:00} ({nameVi}) có giá trị '{leader[position]}' không hợp lệ",
                $"Leader/{position:00} ({nameEn}) has invalid value '{leader[position]}'",
                "LDR"));
        }
    }
}
