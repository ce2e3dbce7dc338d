using System.Text;

namespace LibraryIls.Catalog.Marc;

/// <summary>
/// The "line" format cataloguers read on screen, as yaz-marcdump prints it:
/// leader, then "001 value", then "245 10 $a Title $c Author", one field per line.
/// </summary>
public static class DisplayFormat
{
    public static string ToLineString(MarcRecord record)
    {
        var text = new StringBuilder();
        AppendLines(text, record);
        return text.ToString();
    }

    internal static void AppendLines(StringBuilder text, MarcRecord record)
    {
        text.Append(record.Leader).Append('\n');
        foreach (var field in record.Fields)
        {
            text.Append(field.Tag).Append(' ');
            if (field is ControlField control)
            {
                text.Append(control.Value);
            }
            else if (field is DataField data)
            {
                text.Append(data.Indicators);
                foreach (var subfield in data.Subfields)
                {
                    text.Append(" $").Append(subfield.Code).Append(' ').Append(subfield.Value);
                }
            }

            text.Append('\n');
        }
    }
}
