namespace LibraryIls.Catalog.Marc;

/// <summary>020 $a must carry a valid ISBN ($z is where cancelled/invalid ones belong).</summary>
internal sealed class IsbnRule : IValidationRule
{
    public void Check(MarcRecord record, List<MarcIssue> issues)
    {
        foreach (var field in record.DataFields("020"))
        {
            foreach (var value in field.Values('a'))
            {
                var isbn = StandardNumbers.ExtractIsbn(value);
                if (isbn is null || !StandardNumbers.IsValidIsbn(isbn))
                {
                    issues.Add(Issues.Error(
                        "isbn-invalid",
                        $"ISBN '{value}' sai (độ dài hoặc chữ số kiểm tra); ISBN sai phải ghi ở $z",
                        $"ISBN '{value}' is invalid (length or check digit); invalid ISBNs belong in $z",
                        "020",
                        'a'));
                }
            }
        }
    }
}
