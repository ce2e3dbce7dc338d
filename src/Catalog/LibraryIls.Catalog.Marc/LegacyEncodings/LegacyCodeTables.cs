namespace LibraryIls.Catalog.Marc;

/// <summary>
/// The code tables, written as (legacy text read as Latin-1, Unicode) pairs. TCVN3 (VN3) has lower-case
/// letters only, plus Ă Â Ê Ô Ơ Ư Đ: upper-case words were typed in a ".VnTimeH" font with the same codes.
/// VNI writes a base letter followed by a mark byte; upper-case letters take the mark's upper-case form.
/// </summary>
internal static class LegacyCodeTables
{
    public static readonly (string Legacy, string Unicode)[] Tcvn3 =
    [
        ("\u00B5", "à"), ("\u00B8", "á"), ("\u00B6", "ả"), ("\u00B7", "ã"), ("\u00B9", "ạ"),
        ("\u00A8", "ă"), ("\u00BB", "ằ"), ("\u00BE", "ắ"), ("\u00BC", "ẳ"), ("\u00BD", "ẵ"), ("\u00C6", "ặ"),
        ("\u00A9", "â"), ("\u00C7", "ầ"), ("\u00CA", "ấ"), ("\u00C8", "ẩ"), ("\u00C9", "ẫ"), ("\u00CB", "ậ"),
        ("\u00AE", "đ"),
        ("\u00CC", "è"), ("\u00D0", "é"), ("\u00CE", "ẻ"), ("\u00CF", "ẽ"), ("\u00D1", "ẹ"),
        ("\u00AA", "ê"), ("\u00D2", "ề"), ("\u00D5", "ế"), ("\u00D3", "ể"), ("\u00D4", "ễ"), ("\u00D6", "ệ"),
        ("\u00D7", "ì"), ("\u00DD", "í"), ("\u00D8", "ỉ"), ("\u00DC", "ĩ"), ("\u00DE", "ị"),
        ("\u00DF", "ò"), ("\u00E3", "ó"), ("\u00E1", "ỏ"), ("\u00E2", "õ"), ("\u00E4", "ọ"),
        ("\u00AB", "ô"), ("\u00E5", "ồ"), ("\u00E8", "ố"), ("\u00E6", "ổ"), ("\u00E7", "ỗ"), ("\u00E9", "ộ"),
        ("\u00AC", "ơ"), ("\u00EA", "ờ"), ("\u00ED", "ớ"), ("\u00EB", "ở"), ("\u00EC", "ỡ"), ("\u00EE", "ợ"),
        ("\u00EF", "ù"), ("\u00F3", "ú"), ("\u00F1", "ủ"), ("\u00F2", "ũ"), ("\u00F4", "ụ"),
        ("\u00AD", "ư"), ("\u00F5", "ừ"), ("\u00F8", "ứ"), ("\u00F6", "ử"), ("\u00F7", "ữ"), ("\u00F9", "ự"),
        ("\u00FA", "ỳ"), ("\u00FD", "ý"), ("\u00FB", "ỷ"), ("\u00FC", "ỹ"), ("\u00FE", "ỵ"),
        ("\u00A1", "Ă"), ("\u00A2", "Â"), ("\u00A3", "Ê"), ("\u00A4", "Ô"), ("\u00A5", "Ơ"), ("\u00A6", "Ư"), ("\u00A7", "Đ"),
    ];

    public static readonly (string Legacy, string Unicode)[] Vni = Both(
    [
        ("aø", "à"), ("aù", "á"), ("aû", "ả"), ("aõ", "ã"), ("aï", "ạ"),
        ("aê", "ă"), ("aè", "ằ"), ("aé", "ắ"), ("aú", "ẳ"), ("aü", "ẵ"), ("aë", "ặ"),
        ("aâ", "â"), ("aà", "ầ"), ("aá", "ấ"), ("aå", "ẩ"), ("aã", "ẫ"), ("aä", "ậ"),
        ("ñ", "đ"),
        ("eø", "è"), ("eù", "é"), ("eû", "ẻ"), ("eõ", "ẽ"), ("eï", "ẹ"),
        ("eâ", "ê"), ("eà", "ề"), ("eá", "ế"), ("eå", "ể"), ("eã", "ễ"), ("eä", "ệ"),
        ("ì", "ì"), ("í", "í"), ("æ", "ỉ"), ("ó", "ĩ"), ("ò", "ị"),
        ("oø", "ò"), ("où", "ó"), ("oû", "ỏ"), ("oõ", "õ"), ("oï", "ọ"),
        ("oâ", "ô"), ("oà", "ồ"), ("oá", "ố"), ("oå", "ổ"), ("oã", "ỗ"), ("oä", "ộ"),
        ("ô", "ơ"), ("ôø", "ờ"), ("ôù", "ớ"), ("ôû", "ở"), ("ôõ", "ỡ"), ("ôï", "ợ"),
        ("uø", "ù"), ("uù", "ú"), ("uû", "ủ"), ("uõ", "ũ"), ("uï", "ụ"),
        ("ö", "ư"), ("öø", "ừ"), ("öù", "ứ"), ("öû", "ử"), ("öõ", "ữ"), ("öï", "ự"),
        ("yø", "ỳ"), ("yù", "ý"), ("yû", "ỷ"), ("yõ", "ỹ"), ("î", "ỵ"),
    ]);

    /// <summary>Each lower-case pair and its upper-case twin (VNI's marks have upper-case forms too).</summary>
    private static (string, string)[] Both((string Legacy, string Unicode)[] lower) =>
        [.. lower, .. lower.Select(p => (p.Legacy.ToUpperInvariant(), p.Unicode.ToUpperInvariant()))];
}
