using System.Text;

namespace LibraryIls.Catalog.Marc.Tests;

/// <summary>Field-by-field comparison after NFC, the way the issue asks records to agree with yaz.</summary>
internal static class RecordComparison
{
    /// <summary>One line per field, NFC; leader positions 20-23 (entry map, rewritten by yaz) left out.</summary>
    public static List<string> Lines(MarcRecord record, bool dropReplacementCharacters = false, bool withLeader = true)
    {
        var lines = new List<string>();
        if (withLeader)
        {
            lines.Add("LDR " + (record.Leader.Length >= 20 ? record.Leader[..20] : record.Leader));
        }

        foreach (var field in record.Fields)
        {
            var text = field switch
            {
                ControlField c => $"{c.Tag} {c.Value}",
                DataField d => $"{d.Tag} [{d.Indicators}]" + string.Concat(d.Subfields.Select(s => $" ${s.Code}{s.Value}")),
                _ => field.Tag,
            };
            text = text.Normalize(NormalizationForm.FormC);
            if (dropReplacementCharacters)
            {
                text = text.Replace("\uFFFD", "");
            }

            lines.Add(text);
        }

        return lines;
    }
}
