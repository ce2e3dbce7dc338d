using System.Globalization;
using System.Text;

namespace LibraryIls.Catalog.Oai;

/// <summary>
/// Where a list request continues: the same prefix, set and time window, after the last document number sent.
/// The window's end is fixed at the first request, so a record changed during a harvest is not sent twice
/// (it falls in the next incremental harvest); paging by document number sends every other record exactly once.
/// </summary>
internal sealed record OaiResumptionToken(string Prefix, string? Set, DateTime From, DateTime Before, long AfterDocNo, int Cursor, int Total)
{
    public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join('|',
        Prefix, Set ?? "", From.Ticks.ToString(CultureInfo.InvariantCulture), Before.Ticks.ToString(CultureInfo.InvariantCulture),
        AfterDocNo.ToString(CultureInfo.InvariantCulture), Cursor.ToString(CultureInfo.InvariantCulture), Total.ToString(CultureInfo.InvariantCulture))))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static OaiResumptionToken Decode(string token)
    {
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '='))).Split('|');
            if (parts.Length != 7) throw new FormatException();
            return new OaiResumptionToken(parts[0], parts[1].Length == 0 ? null : parts[1],
                new DateTime(long.Parse(parts[2], CultureInfo.InvariantCulture), DateTimeKind.Utc),
                new DateTime(long.Parse(parts[3], CultureInfo.InvariantCulture), DateTimeKind.Utc),
                long.Parse(parts[4], CultureInfo.InvariantCulture), int.Parse(parts[5], CultureInfo.InvariantCulture),
                int.Parse(parts[6], CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            throw new OaiError("badResumptionToken", "The resumption token is not one this repository issued.");
        }
    }
}
