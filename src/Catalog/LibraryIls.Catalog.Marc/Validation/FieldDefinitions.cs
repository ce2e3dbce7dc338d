namespace LibraryIls.Catalog.Marc;

/// <summary>
/// The tags Vietnamese public libraries catalogue every day (MARC21 bibliographic, 2023 update;
/// 952 as Koha's copy field). Tags not listed are not checked, so local practice is not flagged.
/// </summary>
internal static class FieldDefinitions
{
    private const string Control = "0123456789"; // $0-$9 linking, source and sequence subfields
    private const string AnyIndicator = "";

    public static readonly IReadOnlyDictionary<string, FieldDefinition> ByTag = new FieldDefinition[]
    {
        new("010", " ", " ", "abz8", false),
        new("020", " ", " ", "acqz68"),
        new("022", " 01", " ", "almyz268"),
        new("040", " ", " ", "abcde68", false),
        new("041", " 01", " 7", "abdefghijkmnpqrt2678"),
        new("082", "017", " 04", "abmq2678"),
        new("084", " ", " ", "abq2678"),
        new("100", "013", " ", "abcdefgjklnpqtu" + Control, false),
        new("110", "012", " ", "abcdefgklnptu" + Control, false),
        new("245", "01", "0123456789", "abcfghknps68", false),
        new("246", "0123", " 012345678", "abfghinp568"),
        new("250", " ", " ", "ab368"),
        new("260", " 23", " ", "abcefg368"),
        new("264", " 23", "01234", "abc368"),
        new("300", " ", " ", "abcefg368"),
        new("490", "01", " ", "alvx3678"),
        new("500", " ", " ", "a3568"),
        new("504", " ", " ", "ab68"),
        new("520", " 012348", " ", "abcu2368"),
        new("600", "013", "01234567", "abcdefghjklmnopqrstuvxyz" + Control),
        new("610", "012", "01234567", "abcdefghklmnoprstuvxyz" + Control),
        new("650", " 012", "01234567", "abcdegvxyz" + Control),
        new("651", " ", "01234567", "aegvxyz" + Control),
        new("653", " 012", " 0123456", "a68"),
        new("700", "013", " 2", "abcdefghijklmnopqrstux" + Control),
        new("710", "012", " 2", "abcdefghklmnoprstux" + Control),
        new("856", " 012347", " 012348", "abcdfhijklmnopqrstuvwxyz" + Control),
        new("952", AnyIndicator, AnyIndicator, "abcdefghijklmnopqrstuvwxyz" + Control),
    }.ToDictionary(d => d.Tag);
}
