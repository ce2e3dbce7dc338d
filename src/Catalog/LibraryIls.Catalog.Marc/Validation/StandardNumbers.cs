namespace LibraryIls.Catalog.Marc;

/// <summary>Check digits of ISBN-10, ISBN-13 and ISSN: a wrong digit means a typo that breaks copy cataloguing.</summary>
public static class StandardNumbers
{
    /// <summary>The ISBN at the start of a 020 $a ("978-604-2-12345-6 (bìa mềm)"), digits and X only; null if none.</summary>
    public static string? ExtractIsbn(string value)
    {
        var digits = new System.Text.StringBuilder();
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c) || ((c is 'X' or 'x') && digits.Length == 9))
            {
                digits.Append(char.ToUpperInvariant(c));
            }
            else if (c is '-' or ' ' && digits.Length < 13)
            {
                continue;
            }
            else
            {
                break;
            }
        }

        return digits.Length == 0 ? null : digits.ToString();
    }

    public static bool IsValidIsbn(string digits) => digits.Length switch
    {
        10 => Isbn10(digits),
        13 => Isbn13(digits),
        _ => false,
    };

    public static bool IsValidIssn(string value)
    {
        var compact = value.Trim().Replace("-", "");
        if (compact.Length < 8)
        {
            return false;
        }

        compact = compact[..8];
        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            if (!char.IsAsciiDigit(compact[i]))
            {
                return false;
            }

            sum += (compact[i] - '0') * (8 - i);
        }

        var check = (11 - (sum % 11)) % 11;
        return compact[7] == (check == 10 ? 'X' : (char)('0' + check)) || (check == 10 && compact[7] == 'x');
    }

    private static bool Isbn10(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var c = digits[i];
            int value;
            if (char.IsAsciiDigit(c))
            {
                value = c - '0';
            }
            else if (c == 'X' && i == 9)
            {
                value = 10;
            }
            else
            {
                return false;
            }

            sum += value * (10 - i);
        }

        return sum % 11 == 0;
    }

    private static bool Isbn13(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 13; i++)
        {
            if (!char.IsAsciiDigit(digits[i]))
            {
                return false;
            }

            sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return sum % 10 == 0;
    }
}
